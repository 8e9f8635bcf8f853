package org.peerscope.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system packages (Debian's chromium and chromium-driver),
 * never a downloaded browser. Where they are missing the browser tests are skipped,
 * unless PEERSCOPE_BROWSER_TESTS=required (CI sets it).
 */
public final class Browser {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path
		.of(System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver"));

	private Browser() {
	}

	public static WebDriver open(int width, int height) {
		boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!"required".equals(System.getenv("PEERSCOPE_BROWSER_TESTS"))) {
			Assumptions.assumeTrue(available, "Chromium and ChromeDriver are not installed");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=" + width + "," + height);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return driver;
	}

	/**
	 * Waits up to 10 s for the condition; on time-out fails with the page's address and
	 * main text, which say more than Selenium's message.
	 */
	public static void waitFor(WebDriver driver, ExpectedCondition<?> condition) {
		try {
			// A condition may read an element of the page that a form post is replacing.
			// While
			// the new page loads, Chromium may answer for the old element with an unknown
			// error ("Node with given id does not belong to the document") instead of a
			// stale
			// reference: asked again, it answers as stale. On time-out, the last one is
			// the
			// cause.
			new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class).until(condition);
		}
		catch (TimeoutException ex) {
			throw new AssertionError(
					"Timed out on " + driver.getCurrentUrl() + ":\n" + driver.findElement(By.tagName("main")).getText(),
					ex);
		}
	}

}
