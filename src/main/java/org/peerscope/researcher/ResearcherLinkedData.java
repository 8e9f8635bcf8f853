package org.peerscope.researcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peerscope.work.LinkedData;

/**
 * The schema.org {@code Person} of a researcher page.
 */
final class ResearcherLinkedData {

	private ResearcherLinkedData() {
	}

	static Map<String, Object> person(ResearcherProfile profile, String pageUrl) {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("@context", "https://schema.org");
		doc.put("@type", "Person");
		doc.put("@id", pageUrl);
		doc.put("url", pageUrl);
		doc.put("name", profile.displayName());
		if (!profile.alternativeNames().isEmpty()) {
			doc.put("alternateName", profile.alternativeNames());
		}
		String site = pageUrl.substring(0, pageUrl.indexOf("/researchers/"));
		List<Map<String, Object>> affiliations = new ArrayList<>();
		List<Map<String, Object>> alumniOf = new ArrayList<>();
		for (ResearcherProfile.AffiliationView affiliation : profile.affiliations()) {
			Map<String, Object> organization = new LinkedHashMap<>();
			organization.put("@type", "Organization");
			organization.put("name", affiliation.name());
			organization.put("url", site + "/institutions/" + affiliation.institutionKey());
			if (affiliation.current()) {
				affiliations.add(organization);
			}
			else {
				alumniOf.add(organization);
			}
		}
		if (!affiliations.isEmpty()) {
			doc.put("affiliation", affiliations);
		}
		if (!alumniOf.isEmpty()) {
			doc.put("alumniOf", alumniOf);
		}
		List<String> sameAs = new ArrayList<>();
		if (profile.orcid() != null) {
			sameAs.add("https://orcid.org/" + profile.orcid());
		}
		if (profile.openalexId() != null) {
			sameAs.add("https://openalex.org/" + profile.openalexId());
		}
		if (!sameAs.isEmpty()) {
			doc.put("sameAs", sameAs);
		}
		if (profile.orcid() != null) {
			doc.put("identifier", LinkedData.node("PropertyValue", "propertyID", "ORCID", "value", profile.orcid()));
		}
		if (!profile.topics().isEmpty()) {
			doc.put("knowsAbout", profile.topics().stream().map(ResearcherProfile.TopicChip::name).toList());
		}
		return doc;
	}

}
