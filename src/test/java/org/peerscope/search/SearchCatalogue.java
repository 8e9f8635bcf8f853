package org.peerscope.search;

import java.time.LocalDate;
import java.util.List;

import org.peerscope.metrics.ResearcherMetricsService;
import org.peerscope.test.TestCatalog;

/**
 * A small, fixed catalogue with the cases search must tell apart: accented and reordered
 * names, namesakes, alternative names, initials, phrases, title against abstract matches.
 */
class SearchCatalogue {

	final TestCatalog catalog;

	final long tsinghua;

	final long northbridge;

	final long elte;

	final long gnnTopic;

	final long quantumTopic;

	final long dechen;

	final long wei;

	final long zhangLi;

	final long balazs;

	final long ada;

	final long adam;

	final long maria;

	final long jose;

	final long messagePassing;

	final long passingMessages;

	final long gnnMolecules;

	final long surfaceCodes;

	final long kernelsProteins;

	final long kernelsCrystals;

	final long zurich;

	final long preprint;

	SearchCatalogue(TestCatalog catalog, ResearcherMetricsService metrics) {
		this.catalog = catalog;
		catalog.reset();
		this.tsinghua = catalog.institution("Tsinghua University", "CN", "tsinghua.edu.cn");
		this.northbridge = catalog.institution("University of Northbridge", "GB", "northbridge.ac.uk");
		this.elte = catalog.institution("Eötvös Loránd University", "HU", "elte.hu");
		this.gnnTopic = catalog.topic("Graph Neural Networks", "Computer Science");
		this.quantumTopic = catalog.topic("Quantum Error Correction", "Physics");
		long journal = catalog.source("Journal of Chemical Physics");
		long physicsLetters = catalog.source("Physical Review Letters");

		this.dechen = catalog.researcher("Dechen Zhang")
			.alsoKnownAs("D. Zhang")
			.orcid("0000-0002-1825-0097")
			.currentlyAt(this.tsinghua, 2015)
			.insert();
		this.wei = catalog.researcher("Wei Zhang").currentlyAt(this.northbridge, 2012).insert();
		this.zhangLi = catalog.researcher("Zhang Li").currentlyAt(this.tsinghua, 2018).insert();
		this.balazs = catalog.researcher("Balázs Kégl").openalexId("A5023888391").currentlyAt(this.elte, 2010).insert();
		this.ada = catalog.researcher("Ada Whitfield")
			.alsoKnownAs("A. M. Whitfield")
			.currentlyAt(this.northbridge, 2019)
			.formerlyAt(this.tsinghua, 2014, 2018)
			.insert();
		this.adam = catalog.researcher("Adam Whitford").insert();
		this.maria = catalog.researcher("Mária Kovács").alsoKnownAs("Maria Kovacs-Nagy").insert();
		this.jose = catalog.researcher("José García-López").insert();

		this.messagePassing = catalog.work("Message passing on molecular graphs")
			.published(LocalDate.of(2024, 3, 2))
			.citations(120)
			.doi("10.1234/mpmg.2024")
			.arxivId("2401.01234")
			.venue(journal)
			.abstractText("We study message passing neural networks on molecules.")
			.authors(this.ada, this.wei)
			.topic(this.gnnTopic, true)
			.insert();
		this.passingMessages = catalog.work("Passing messages between molecular dynamics simulations")
			.year(2019)
			.citations(40)
			.venue(journal)
			.authors(this.dechen)
			.insert();
		this.gnnMolecules = catalog.work("Graph neural networks for molecules")
			.year(2021)
			.citations(300)
			.type("preprint")
			.authors(this.wei, this.dechen)
			.topic(this.gnnTopic, true)
			.insert();
		this.surfaceCodes = catalog.work("Quantum error correction with surface codes")
			.year(2022)
			.citations(5000)
			.venue(physicsLetters)
			.abstractText("Surface codes are decoded by matching on a graph of syndromes.")
			.authors(this.balazs)
			.topic(this.quantumTopic, true)
			.insert();
		this.kernelsProteins = catalog.work("Graph kernels for proteins")
			.year(2015)
			.citations(5)
			.authors(this.ada)
			.insert();
		this.kernelsCrystals = catalog.work("Graph kernels for crystals")
			.year(2016)
			.citations(50)
			.authors(this.zhangLi)
			.insert();
		this.zurich = catalog.work("Field notes from Zürich glaciers")
			.year(2008)
			.citations(3)
			.authors("R. Müller")
			.insert();
		this.preprint = catalog.work("Sparse attention for long documents")
			.year(2023)
			.type("preprint")
			.citations(7)
			.authors(this.maria, this.jose)
			.insert();
		metrics.recompute(
				List.of(this.dechen, this.wei, this.zhangLi, this.balazs, this.ada, this.adam, this.maria, this.jose));
	}

	String key(long researcherId) {
		return this.catalog.keyOfResearcher(researcherId);
	}

	String workKey(long workId) {
		return this.catalog.keyOfWork(workId);
	}

}
