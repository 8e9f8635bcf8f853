package org.peerscope.follow;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.peerscope.account.AccountProperties;
import org.peerscope.catalog.CatalogLookup;
import org.peerscope.catalog.CatalogRef;
import org.peerscope.work.AuthorCredit;
import org.peerscope.work.ResearcherWorksService;
import org.peerscope.work.WorkListItem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Atom feed (RFC 4287) of a researcher's newest works, for feed readers:
 * {@code /researchers/{key}/feed.atom}. Ids are permanent URIs under the configured base
 * address, never the request's host.
 */
@Service
@Transactional(readOnly = true)
public class AtomFeed {

	static final int ENTRIES = 50;

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private final CatalogLookup catalog;

	private final ResearcherWorksService works;

	private final String baseUrl;

	AtomFeed(CatalogLookup catalog, ResearcherWorksService works, AccountProperties properties) {
		this.catalog = catalog;
		this.works = works;
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
	}

	/** The feed document, or empty when there is no such researcher. */
	public Optional<String> of(String researcherKey) {
		return this.catalog.researcher(researcherKey).map((researcher) -> {
			List<WorkListItem> items = this.works.worksOf(researcher.id(), 1, ENTRIES).items();
			try {
				return write(researcher, items);
			}
			catch (XMLStreamException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private String write(CatalogRef researcher, List<WorkListItem> items) throws XMLStreamException {
		String page = this.baseUrl + "/researchers/" + researcher.key();
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(ATOM);
		element(xml, "id", page);
		element(xml, "title", researcher.displayName() + " — new works on Peerscope");
		element(xml, "updated",
				timestamp(items.stream().map(AtomFeed::updated).max(Instant::compareTo).orElse(Instant.EPOCH)));
		xml.writeStartElement("author");
		element(xml, "name", researcher.displayName());
		element(xml, "uri", page);
		xml.writeEndElement();
		link(xml, "self", page + "/feed.atom", "application/atom+xml");
		link(xml, "alternate", page, "text/html");
		element(xml, "generator", "Peerscope");
		for (WorkListItem item : items) {
			xml.writeStartElement("entry");
			element(xml, "id", this.baseUrl + "/works/" + item.key());
			element(xml, "title", item.title());
			element(xml, "updated", timestamp(updated(item)));
			if (item.publicationDate() != null) {
				element(xml, "published", timestamp(updated(item)));
			}
			for (AuthorCredit author : item.authors()) {
				xml.writeStartElement("author");
				element(xml, "name", author.name());
				if (author.researcherKey() != null) {
					element(xml, "uri", this.baseUrl + "/researchers/" + author.researcherKey());
				}
				xml.writeEndElement();
			}
			link(xml, "alternate", (item.doi() != null) ? "https://doi.org/" + item.doi() : page, "text/html");
			StringBuilder summary = new StringBuilder();
			if (item.venue() != null) {
				summary.append(item.venue());
			}
			if (item.abstractText() != null) {
				summary.append(summary.isEmpty() ? "" : ". ").append(item.abstractText());
			}
			if (!summary.isEmpty()) {
				xml.writeStartElement("summary");
				xml.writeAttribute("type", "text");
				xml.writeCharacters(summary.toString());
				xml.writeEndElement();
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return out.toString();
	}

	private static Instant updated(WorkListItem item) {
		if (item.publicationDate() != null) {
			return item.publicationDate().atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		if (item.publicationYear() != null) {
			return LocalDate.of(item.publicationYear(), 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		return Instant.EPOCH;
	}

	private static String timestamp(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
	}

}
