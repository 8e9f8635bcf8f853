package org.peerscope.graph;

import java.util.List;

import org.peerscope.catalog.CatalogChanged;
import org.peerscope.test.TestCatalog;

import org.springframework.context.ApplicationEventPublisher;

/**
 * A small hand-built graph whose slices are known exactly.
 *
 * <pre>
 * Ada   (Northbridge since 2019, Southport 2010–2018)
 * Grace (Northbridge)      Lin (Southport)      Omar (no affiliation)      Zed (alone)
 *
 * One   2020, 10 citations: Ada, Grace              topic Graphs (primary)
 * Two   2021,  3 citations: Ada, Grace, Lin         topics Graphs (primary), Proteins; Ada at Northbridge
 * Three 2022,  0 citations: Ada                     topic Proteins (primary)
 * Four  2019, 50 citations: Grace, Omar             topic Proteins (primary)
 * Five  2018,  1 citation:  Lin, Omar
 * Solo  2023,  7 citations: Zed
 * </pre>
 */
final class GraphFixture {

	final long northbridge;

	final long southport;

	final long graphs;

	final long proteins;

	final long ada;

	final long grace;

	final long lin;

	final long omar;

	final long zed;

	final long one;

	final long two;

	final long three;

	final long four;

	GraphFixture(TestCatalog catalog, ApplicationEventPublisher events) {
		catalog.reset();
		this.northbridge = catalog.institution("University of Northbridge", "GB", "northbridge.ac.uk");
		this.southport = catalog.institution("Southport Institute", "US", "southport.edu");
		this.graphs = catalog.topic("Graph neural networks", "Computer Science");
		this.proteins = catalog.topic("Protein folding", "Biology");
		this.ada = catalog.researcher("Ada Whitfield")
			.currentlyAt(this.northbridge, 2019)
			.formerlyAt(this.southport, 2010, 2018)
			.insert();
		this.grace = catalog.researcher("Grace Okafor").currentlyAt(this.northbridge, 2015).insert();
		this.lin = catalog.researcher("Lin Zhao").currentlyAt(this.southport, 2012).insert();
		this.omar = catalog.researcher("Omar Haddad").insert();
		this.zed = catalog.researcher("Zed Alone").insert();
		this.one = catalog.work("One")
			.year(2020)
			.citations(10)
			.authors(this.ada, this.grace)
			.topic(this.graphs, true)
			.insert();
		this.two = catalog.work("Two")
			.year(2021)
			.citations(3)
			.authors(this.ada, this.grace, this.lin)
			.topic(this.graphs, true)
			.topic(this.proteins, false)
			.insert();
		this.three = catalog.work("Three")
			.year(2022)
			.citations(0)
			.authors(this.ada)
			.topic(this.proteins, true)
			.insert();
		this.four = catalog.work("Four")
			.year(2019)
			.citations(50)
			.authors(this.grace, this.omar)
			.topic(this.proteins, true)
			.insert();
		catalog.work("Five").year(2018).citations(1).authors(this.lin, this.omar).insert();
		catalog.work("Solo").year(2023).citations(7).authors(this.zed).insert();
		catalog.jdbc()
			.sql("insert into authorship_institutions (work_id, author_order, institution_id) values (?, 1, ?)")
			.params(this.two, this.northbridge)
			.update();
		events.publishEvent(CatalogChanged.researchers(List.of(this.ada, this.grace, this.lin, this.omar, this.zed)));
	}

	static String key(TestCatalog catalog, String table, long id) {
		return catalog.jdbc()
			.sql("select public_key from " + table + " where id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

}
