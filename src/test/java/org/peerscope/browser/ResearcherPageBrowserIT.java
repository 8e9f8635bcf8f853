package org.peerscope.browser;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.peerscope.metrics.ResearcherMetricsService;
import org.peerscope.test.ServerTest;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@ServerTest
class ResearcherPageBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	TestCatalog catalog;

	@Autowired
	ResearcherMetricsService metrics;

	WebDriver browser;

	long ada;

	@BeforeEach
	void catalogueAndBrowser() {
		this.catalog.reset();
		long institution = this.catalog.institution("University of Northbridge", "GB", "northbridge.ac.uk");
		this.ada = this.catalog.researcher("Ada Whitfield").openToCollaborate().currentlyAt(institution, 2019).insert();
		long grace = this.catalog.researcher("Grace Okafor").insert();
		this.catalog.work("Message passing on molecular graphs")
			.published(LocalDate.of(2024, 3, 2))
			.citations(12)
			.abstractText("We study message passing on molecular graphs. ".repeat(20))
			.authors(this.ada, grace)
			.insert();
		this.metrics.recompute(List.of(this.ada, grace));
		this.browser = Browser.open(1280, 900);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aVisitorGoesFromTheHomePageToAResearcherAndOnToACoauthor() {
		this.browser.get("http://localhost:" + this.port + "/");
		this.browser.findElement(By.linkText("Ada Whitfield")).click();

		assertThat(this.browser.getTitle()).isEqualTo("Ada Whitfield — Peerscope");
		assertThat(this.browser.findElement(By.cssSelector(".profile-header__affiliation")).getText())
			.contains("University of Northbridge");
		assertThat(this.browser.findElement(By.cssSelector(".badge--open")).isDisplayed()).isTrue();
		WebElement work = this.browser.findElement(By.cssSelector(".work"));
		assertThat(work.findElement(By.cssSelector(".work__title")).getText())
			.isEqualTo("Message passing on molecular graphs");

		// The long abstract is collapsed; "more" opens it.
		WebElement abstractDetails = work.findElement(By.cssSelector("details.work__abstract"));
		assertThat(abstractDetails.getDomAttribute("open")).isNull();
		abstractDetails.findElement(By.cssSelector(".more-link")).click();
		assertThat(abstractDetails.getDomAttribute("open")).isNotNull();

		work.findElement(By.linkText("Grace Okafor")).click();
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Grace Okafor");
		assertThat(this.browser.findElement(By.cssSelector(".author--me")).getText()).isEqualTo("Grace Okafor");
	}

	@Test
	void thePageFitsAPhoneScreen() {
		this.browser.manage().window().setSize(new Dimension(360, 780));
		this.browser.get("http://localhost:" + this.port + "/researchers/" + this.catalog.keyOfResearcher(this.ada));
		Object overflow = ((JavascriptExecutor) this.browser)
			.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
		assertThat(overflow).isEqualTo(false);
	}

}
