package org.peerscope.graph;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerscope.browser.Browser;
import org.peerscope.test.ServerTest;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor opens Ada's research graph, sees it drawn, expands a co-author in place and
 * opens a page from the graph.
 */
@ServerTest
class GraphExplorerBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	TestCatalog catalog;

	@Autowired
	ApplicationEventPublisher events;

	WebDriver browser;

	@BeforeEach
	void catalogueAndBrowser() {
		new GraphFixture(this.catalog, this.events);
		this.browser = Browser.open(1280, 900);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void drawsTheSliceExpandsANodeOnClickAndOpensItsPageOnDoubleClick() {
		this.browser.get("http://localhost:" + this.port + "/researchers/PA1/graph");
		waitUntilReady();

		assertThat(this.browser.findElements(By.cssSelector("#graph-canvas canvas"))).isNotEmpty();
		assertThat(nodeCount()).isEqualTo(10);
		assertThat(this.browser.findElement(By.id("graph-status")).getText())
			.isEqualTo("Showing 10 nodes and 23 ties.");
		assertThat(this.browser.findElement(By.cssSelector(".graph-controls")).isDisplayed()).isTrue();
		assertThat(script("return window.peerscopeGraph.cy.getElementById('PA4').length")).isEqualTo(0L);

		// Grace's own slice brings Omar, her co-author, into the graph.
		clickNode("PA2", false);
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.attributeContains(By.cssSelector(".graph-explorer"), "data-expanded", "PA2"));
		assertThat(script("return window.peerscopeGraph.cy.getElementById('PA4').length")).isEqualTo(1L);
		assertThat(nodeCount()).isGreaterThan(10);
		assertThat(this.browser.findElement(By.id("graph-status")).getText()).startsWith("Expanded Grace Okafor:");

		// Filtering out works hides them from the drawing.
		this.browser.findElement(By.cssSelector(".graph-controls input[value=work]")).click();
		// The filter applies on the change event, which may come after the click returns.
		new WebDriverWait(this.browser, Duration.ofSeconds(5)).until((driver) -> Boolean.TRUE
			.equals(script("return window.peerscopeGraph.cy.nodes('[kind = \"work\"]').every(n => !n.visible())")));

		clickNode("PA4", true);
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlContains("/researchers/PA4"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Omar Haddad");
	}

	@Test
	void theListsLinkToEveryNeighbourAndThePageFitsAPhone() {
		this.browser.manage().window().setSize(new Dimension(360, 780));
		this.browser.get("http://localhost:" + this.port + "/researchers/PA1/graph");
		waitUntilReady();

		Object overflow = script("return document.documentElement.scrollWidth > window.innerWidth");
		assertThat(overflow).isEqualTo(false);
		this.browser.findElement(By.cssSelector(".graph-list--researcher"))
			.findElement(By.linkText("Lin Zhao"))
			.click();
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Lin Zhao");
	}

	private void waitUntilReady() {
		new WebDriverWait(this.browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.attributeToBe(By.cssSelector(".graph-explorer"), "data-state", "ready"));
	}

	private long nodeCount() {
		return (Long) script("return window.peerscopeGraph.cy.nodes().length");
	}

	/**
	 * Clicks where the graph draws the node (viewport coordinates, as a person would).
	 */
	@SuppressWarnings("unchecked")
	private void clickNode(String id, boolean twice) {
		Map<String, Object> point = (Map<String, Object>) script("""
				const container = document.getElementById('graph-canvas');
				container.scrollIntoView({ block: 'center' });
				const box = container.getBoundingClientRect();
				const node = window.peerscopeGraph.cy.getElementById(arguments[0]).renderedPosition();
				return { x: Math.round(box.left + container.clientLeft + node.x),
				         y: Math.round(box.top + container.clientTop + node.y) };
				""", id);
		Actions actions = new Actions(this.browser).moveToLocation(((Number) point.get("x")).intValue(),
				((Number) point.get("y")).intValue());
		(twice ? actions.doubleClick() : actions.click()).perform();
	}

	private Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.browser).executeScript(script, arguments);
	}

}
