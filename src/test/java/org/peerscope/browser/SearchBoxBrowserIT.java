package org.peerscope.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerscope.metrics.ResearcherMetricsService;
import org.peerscope.test.ServerTest;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header's search box in a real browser: suggestions appear as you type, the arrow
 * keys move through them, Enter opens one, Escape closes the list.
 */
@ServerTest
class SearchBoxBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	TestCatalog catalog;

	@Autowired
	ResearcherMetricsService metrics;

	WebDriver browser;

	long dechen;

	long wei;

	@BeforeEach
	void catalogueAndBrowser() {
		this.catalog.reset();
		long tsinghua = this.catalog.institution("Tsinghua University", "CN", "tsinghua.edu.cn");
		long northbridge = this.catalog.institution("University of Northbridge", "GB", "northbridge.ac.uk");
		this.dechen = this.catalog.researcher("Dechen Zhang").currentlyAt(tsinghua, 2015).insert();
		this.wei = this.catalog.researcher("Wei Zhang").currentlyAt(northbridge, 2012).insert();
		this.catalog.work("Graph neural networks for molecules").year(2021).citations(300).authors(this.wei).insert();
		this.catalog.work("Zhang's lemma revisited").year(2010).citations(1).authors(this.dechen).insert();
		this.metrics.recompute(List.of(this.dechen, this.wei));
		this.browser = Browser.open(1280, 900);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	WebDriverWait waiting() {
		return new WebDriverWait(this.browser, Duration.ofSeconds(10));
	}

	@Test
	void suggestionsAppearAndTheKeyboardChoosesOne() {
		this.browser.get("http://localhost:" + this.port + "/");
		WebElement box = this.browser.findElement(By.id("site-search"));
		WebElement list = this.browser.findElement(By.id("search-suggestions"));
		assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("false");

		box.sendKeys("zhang");
		waiting().until(ExpectedConditions.visibilityOf(list));
		assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("true");
		List<WebElement> options = list.findElements(By.cssSelector("[role=option]"));
		assertThat(options.get(0).findElement(By.cssSelector(".suggestion__kind")).getText())
			.isEqualToIgnoringCase("Researcher");
		assertThat(options.get(0).findElement(By.cssSelector(".suggestion__name")).getText()).isEqualTo("Wei Zhang");
		assertThat(options.get(0).findElement(By.cssSelector(".suggestion__detail")).getText())
			.isEqualTo("University of Northbridge");
		assertThat(options.get(1).findElement(By.cssSelector(".suggestion__detail")).getText())
			.isEqualTo("Tsinghua University");

		// Down twice: the second option (Dechen Zhang) is the active descendant.
		box.sendKeys(Keys.ARROW_DOWN);
		box.sendKeys(Keys.ARROW_DOWN);
		WebElement second = list.findElements(By.cssSelector("[role=option]")).get(1);
		assertThat(box.getDomAttribute("aria-activedescendant")).isEqualTo(second.getDomAttribute("id"));
		assertThat(second.getDomAttribute("aria-selected")).isEqualTo("true");
		// Up goes back to the first.
		box.sendKeys(Keys.ARROW_UP);
		assertThat(box.getDomAttribute("aria-activedescendant"))
			.isEqualTo(list.findElements(By.cssSelector("[role=option]")).get(0).getDomAttribute("id"));
		box.sendKeys(Keys.ARROW_DOWN);

		box.sendKeys(Keys.ENTER);
		waiting().until(ExpectedConditions.urlContains("/researchers/"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/researchers/" + this.catalog.keyOfResearcher(this.dechen));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dechen Zhang");
	}

	@Test
	void escapeClosesTheListAndEnterWithoutAChoiceSearches() {
		this.browser.get("http://localhost:" + this.port + "/");
		WebElement box = this.browser.findElement(By.id("site-search"));
		WebElement list = this.browser.findElement(By.id("search-suggestions"));
		box.sendKeys("graph neur");
		waiting().until(ExpectedConditions.visibilityOf(list));
		assertThat(list.findElements(By.cssSelector("[role=option] .suggestion__name")).get(0).getText())
			.isEqualTo("Graph neural networks for molecules");
		assertThat(list.findElements(By.cssSelector("[role=option] .suggestion__detail")).get(0).getText())
			.isEqualTo("2021 · Wei Zhang");

		box.sendKeys(Keys.ESCAPE);
		waiting().until(ExpectedConditions.invisibilityOf(list));
		assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("false");
		assertThat(box.getDomProperty("value")).isEqualTo("graph neur");

		box.sendKeys("al");
		box.sendKeys(Keys.ENTER);
		waiting().until(ExpectedConditions.urlContains("/search?q="));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Results for “graph neural”");
		assertThat(this.browser.findElements(By.cssSelector(".hit--work .hit__title")).get(0).getText())
			.isEqualTo("Graph neural networks for molecules");
	}

	@Test
	void theMouseChoosesToo() {
		this.browser.get("http://localhost:" + this.port + "/search?q=zhang");
		WebElement box = this.browser.findElement(By.id("site-search"));
		assertThat(box.getDomProperty("value")).isEqualTo("zhang");
		box.sendKeys(Keys.END, " w");
		WebElement list = this.browser.findElement(By.id("search-suggestions"));
		waiting().until(ExpectedConditions.visibilityOf(list));
		waiting().until((driver) -> list.findElements(By.cssSelector("[role=option] .suggestion__name"))
			.stream()
			.anyMatch((name) -> name.getText().equals("Wei Zhang")));
		list.findElements(By.cssSelector("[role=option] a")).get(0).click();
		waiting().until(ExpectedConditions.urlContains("/researchers/"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Wei Zhang");
	}

}
