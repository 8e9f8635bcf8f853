package org.peerscope.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerscope.metrics.ResearcherMetricsService;
import org.peerscope.test.ServerTest;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a visitor clicks through: home → researcher → work → topic → institution, the
 * publication list's controls, phone widths, and accessibility (axe-core: no serious or
 * critical violations). With {@code PEERSCOPE_SCREENSHOTS=
 *
<dir>
 * } it also saves a screenshot of each page at desktop and phone width.
 */
@ServerTest
class PagesBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	TestCatalog catalog;

	@Autowired
	ResearcherMetricsService metrics;

	WebDriver browser;

	int thisYear = Year.now().getValue();

	String adaKey;

	@BeforeEach
	void catalogueAndBrowser() {
		this.catalog.reset();
		long northbridge = this.catalog.institution("University of Northbridge", "GB", "northbridge.ac.uk");
		long kestrel = this.catalog.institution("Kestrel Bay University", "US", "kestrelbay.edu");
		long gnn = this.catalog.topic("Graph Neural Network Models", "Computer Science");
		long proteins = this.catalog.topic("Protein Structure Prediction", "Biochemistry");
		long journal = this.catalog.source("Journal of Machine Intelligence Research");
		long ada = this.catalog.researcher("Ada Whitfield")
			.orcid("0000-0002-1825-0097")
			.openToCollaborate()
			.alsoKnownAs("A. Whitfield")
			.currentlyAt(northbridge, 2019)
			.formerlyAt(kestrel, 2012, 2018)
			.insert();
		long grace = this.catalog.researcher("Grace Okafor").currentlyAt(kestrel, 2016).insert();
		long lin = this.catalog.researcher("Lin Zhao").currentlyAt(kestrel, 2018).insert();
		this.catalog.work("Message passing on molecular graphs")
			.published(LocalDate.of(this.thisYear - 1, 3, 2))
			.citations(12)
			.citationsIn(this.thisYear - 1, 4)
			.citationsIn(this.thisYear, 8)
			.doi("10.5555/test.1")
			.venue(journal)
			.abstractText("We study message passing on molecular graphs. ".repeat(20))
			.authors(grace, "R. Castellanos", "M. Lindgren", "H. Oyelaran", ada, "P. Last")
			.topic(gnn, true)
			.insert();
		this.catalog.work("Oversmoothing in deep graph networks")
			.type("preprint")
			.year(this.thisYear - 3)
			.citations(30)
			.citationsIn(this.thisYear - 2, 30)
			.arxivId("2201.01234")
			.authors(ada, grace, lin)
			.topic(gnn, true)
			.insert();
		for (int i = 0; i < 24; i++) {
			this.catalog.work("Folding study " + i)
				.year(this.thisYear - 2 - i % 8)
				.citations(i)
				.venue(journal)
				.authors(ada, lin)
				.topic(proteins, true)
				.insert();
		}
		this.metrics.recompute(List.of(ada, grace, lin));
		this.adaKey = this.catalog.keyOfResearcher(ada);
		this.browser = Browser.open(1280, 900);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aVisitorClicksFromHomeToResearcherWorkTopicAndInstitution() throws IOException {
		open("/");
		checkAccessibility("home");
		this.browser.findElement(By.linkText("Ada Whitfield")).click();

		assertThat(this.browser.getTitle()).isEqualTo("Ada Whitfield — Peerscope");
		WebElement chart = this.browser.findElement(By.cssSelector(".year-chart--citations svg"));
		assertThat(chart.isDisplayed()).isTrue();
		assertThat(chart.getSize().getWidth()).isGreaterThan(100);
		assertThat(chart.getSize().getHeight()).isGreaterThan(30);
		assertThat(chart.findElements(By.tagName("rect"))).hasSize(10);
		// The teaser arrives by htmx in place of the skeleton.
		waitFor(".graph-teaser .teaser-group");
		assertThat(this.browser.findElements(By.cssSelector(".graph-teaser .skeleton"))).isEmpty();
		assertThat(this.browser.findElement(By.cssSelector(".graph-teaser")).getText()).contains("Lin Zhao");
		checkAccessibility("researcher");

		this.browser.findElement(By.linkText("Message passing on molecular graphs")).click();
		assertThat(this.browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("Message passing on molecular graphs");
		assertThat(this.browser.findElement(By.cssSelector(".year-chart svg")).isDisplayed()).isTrue();
		checkAccessibility("work");

		this.browser.findElement(By.cssSelector(".topic-list a")).click();
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Graph Neural Network Models");
		checkAccessibility("topic");

		this.browser.findElement(By.linkText("University of Northbridge")).click();
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("University of Northbridge");
		assertThat(this.browser.findElement(By.cssSelector(".member--current")).getText()).contains("Ada Whitfield");
		checkAccessibility("institution");
	}

	@Test
	void thePublicationListSortsFiltersPagesAndExpands() {
		open("/researchers/" + this.adaKey);
		assertThat(titles()).hasSize(20).first().isEqualTo("Message passing on molecular graphs");

		new Select(this.browser.findElement(By.name("sort"))).selectByValue("citations");
		waitForFirstTitle("Oversmoothing in deep graph networks");
		assertThat(this.browser.getCurrentUrl()).contains("sort=citations");

		new Select(this.browser.findElement(By.name("type"))).selectByValue("preprint");
		waitUntil(() -> titles().size() == 1);
		assertThat(titles()).containsExactly("Oversmoothing in deep graph networks");

		new Select(this.browser.findElement(By.name("type"))).selectByValue("");
		waitUntil(() -> titles().size() == 20);
		WebElement from = this.browser.findElement(By.name("from"));
		from.sendKeys(String.valueOf(this.thisYear - 1));
		this.browser.findElement(By.cssSelector(".work-filters button[type=submit]")).click();
		waitUntil(() -> titles().size() == 1);
		assertThat(titles()).containsExactly("Message passing on molecular graphs");

		this.browser.findElement(By.linkText("Clear filters")).click();
		waitUntil(() -> titles().size() == 20);
		this.browser.findElement(By.cssSelector(".pager a[rel=next]")).click();
		waitUntil(() -> this.browser.findElement(By.cssSelector(".pager__position")).getText().equals("Page 2 of 2"));
		assertThat(titles()).hasSize(6);
		this.browser.findElement(By.cssSelector(".pager a[rel=prev]")).click();
		waitUntil(() -> this.browser.findElement(By.cssSelector(".pager__position")).getText().equals("Page 1 of 2"));

		WebElement first = this.browser.findElement(By.cssSelector(".work"));
		WebElement abstractDetails = first.findElement(By.cssSelector("details.work__abstract"));
		assertThat(abstractDetails.getDomAttribute("open")).isNull();
		abstractDetails.findElement(By.cssSelector(".more-link")).click();
		assertThat(abstractDetails.getDomAttribute("open")).isNotNull();

		first.findElement(By.cssSelector("a.etal")).click();
		waitFor(".work__authors--full");
		assertThat(this.browser.findElement(By.cssSelector(".work__authors--full")).getText())
			.isEqualTo("Grace Okafor, R. Castellanos, M. Lindgren, H. Oyelaran, Ada Whitfield, P. Last");
	}

	@Test
	void theGraphExplorerDrawsTheSliceAtTheApisDefaultsOrAtTheLimitChosen() {
		int atDefaults = nodesDrawn("/researchers/" + this.adaKey + "/graph");
		int atOneEach = nodesDrawn("/researchers/" + this.adaKey + "/graph?limit=1");

		// Ada, co-authors, works, topics and institutions: ten of each at most, or one.
		assertThat(atDefaults).isGreaterThan(10);
		assertThat(atOneEach).isBetween(2, 5);
	}

	private int nodesDrawn(String explorer) {
		open(explorer);
		waitUntil(() -> "ready"
			.equals(this.browser.findElement(By.cssSelector(".graph-explorer")).getDomAttribute("data-state")));
		String status = this.browser.findElement(By.id("graph-status")).getText();
		assertThat(status).matches("Showing \\d+ nodes and \\d+ ties\\.");
		return Integer.parseInt(status.replaceAll("Showing (\\d+) nodes.*", "$1"));
	}

	@Test
	void theThemeToggleSwitchesBetweenLightAndDarkAndRemembersTheChoice() {
		open("/researchers/" + this.adaKey);
		WebElement toggle = this.browser.findElement(By.cssSelector(".theme-toggle"));
		assertThat(toggle.getText()).isEqualTo("Switch to the dark theme");
		toggle.click();
		assertThat(this.browser.findElement(By.tagName("html")).getDomAttribute("data-theme")).isEqualTo("dark");
		assertThat(toggle.getText()).isEqualTo("Switch to the light theme");
		String background = (String) ((JavascriptExecutor) this.browser)
			.executeScript("return getComputedStyle(document.body).backgroundColor");
		assertThat(background).isEqualTo("rgb(15, 19, 32)");
		open("/works/PW1");
		assertThat(this.browser.findElement(By.tagName("html")).getDomAttribute("data-theme")).isEqualTo("dark");
		this.browser.findElement(By.cssSelector(".theme-toggle")).click();
		assertThat(this.browser.findElement(By.tagName("html")).getDomAttribute("data-theme")).isEqualTo("light");
	}

	@Test
	void aResearcherPagePrintsAsAPlainCvAndIsUsableFromTheKeyboard() {
		open("/researchers/" + this.adaKey);
		// Keyboard: the first Tab reaches the skip link, which leads to the content.
		this.browser.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
		WebElement focused = this.browser.switchTo().activeElement();
		assertThat(focused.getText()).isEqualTo("Skip to content");
		String outline = (String) ((JavascriptExecutor) this.browser)
			.executeScript("return getComputedStyle(document.activeElement).outlineStyle");
		assertThat(outline).isNotEqualTo("none");

		((org.openqa.selenium.chromium.ChromiumDriver) this.browser).executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("media", "print"));
		for (String hidden : List.of(".site-header", ".actions", ".graph-teaser", ".work-filters", ".pager")) {
			assertThat(this.browser.findElement(By.cssSelector(hidden)).isDisplayed()).as(hidden).isFalse();
		}
		assertThat(this.browser.findElement(By.tagName("h1")).isDisplayed()).isTrue();
		assertThat(this.browser.findElement(By.cssSelector(".work__title")).isDisplayed()).isTrue();
		assertThat(this.browser.findElement(By.cssSelector(".year-chart svg")).isDisplayed()).isTrue();
	}

	@Test
	void everyPageFitsAPhoneScreen() throws IOException {
		this.browser.manage().window().setSize(new Dimension(360, 780));
		for (String path : pages()) {
			open(path);
			Object overflow = ((JavascriptExecutor) this.browser)
				.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
			assertThat(overflow).as(path).isEqualTo(false);
		}
		saveScreenshots();
	}

	private List<String> pages() {
		return List.of("/", "/researchers/" + this.adaKey, "/works/PW1", "/topics/PT1", "/institutions/PI1");
	}

	/** Screenshots of each page at desktop and phone width, when asked for. */
	private void saveScreenshots() throws IOException {
		String directory = System.getenv("PEERSCOPE_SCREENSHOTS");
		if (directory == null || directory.isBlank()) {
			return;
		}
		Path target = Path.of(directory);
		Files.createDirectories(target);
		List<String> names = List.of("home", "researcher", "work", "topic", "institution");
		for (Map.Entry<String, Integer> size : Map.of("desktop", 1280, "phone", 390).entrySet()) {
			for (int i = 0; i < names.size(); i++) {
				this.browser.manage().window().setSize(new Dimension(size.getValue(), 900));
				open(pages().get(i));
				if (names.get(i).equals("researcher")) {
					waitFor(".graph-teaser .teaser-group");
				}
				Number height = (Number) ((JavascriptExecutor) this.browser)
					.executeScript("return document.documentElement.scrollHeight");
				this.browser.manage()
					.window()
					.setSize(new Dimension(size.getValue(), Math.min(4000, height.intValue() + 100)));
				Path file = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE).toPath();
				Files.copy(file, target.resolve(names.get(i) + "-" + size.getKey() + ".png"),
						StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private List<String> titles() {
		return this.browser.findElements(By.cssSelector(".work__title")).stream().map(WebElement::getText).toList();
	}

	private void waitFor(String css) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
	}

	private void waitForFirstTitle(String title) {
		waitUntil(() -> !titles().isEmpty() && titles().get(0).equals(title));
	}

	private void waitUntil(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).ignoring(RuntimeException.class)
			.until((driver) -> condition.getAsBoolean());
	}

	@SuppressWarnings("unchecked")
	private void checkAccessibility(String page) throws IOException {
		JavascriptExecutor js = (JavascriptExecutor) this.browser;
		js.executeScript(axeSource());
		Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, {resultTypes: ['violations']})
				  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.id + ': ' + v.help + ' ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
				  .catch(e => done(['axe failed: ' + e]));
				""");
		assertThat((List<String>) result).as("serious or critical accessibility violations on the " + page + " page")
			.isEqualTo(new ArrayList<>());
	}

	private static String axeSource() throws IOException {
		try (InputStream in = PagesBrowserIT.class.getClassLoader()
			.getResourceAsStream("META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			assertThat(in).as("axe-core WebJar").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
