package org.peerscope.browser;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerscope.test.ServerTest;
import org.peerscope.test.TestCatalog;
import org.peerscope.test.TestMail;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign up, confirm the address from the mail, log in on the way to following someone,
 * follow them in place, claim one's own profile.
 */
@ServerTest
class AccountJourneyBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	TestCatalog catalog;

	@Autowired
	TestMail mail;

	WebDriver browser;

	String adaKey;

	String graceKey;

	@BeforeEach
	void catalogueAndBrowser() {
		this.catalog.reset();
		this.mail.clear();
		long northbridge = this.catalog.institution("University of Northbridge", "GB", "northbridge.ac.uk");
		long ada = this.catalog.researcher("Ada Whitfield").currentlyAt(northbridge, 2019).insert();
		long grace = this.catalog.researcher("Grace Okafor").insert();
		this.catalog.work("Message passing on molecular graphs")
			.published(LocalDate.of(2024, 3, 2))
			.authors(ada, grace)
			.insert();
		this.adaKey = this.catalog.keyOfResearcher(ada);
		this.graceKey = this.catalog.keyOfResearcher(grace);
		this.browser = Browser.open(1280, 900);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	private void waitFor(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		try {
			new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(condition);
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			throw new AssertionError("Timed out on " + this.browser.getCurrentUrl() + ":\n"
					+ this.browser.findElement(By.tagName("main")).getText(), ex);
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void signUpVerifyLogInFollowAndClaim() {
		// Sign up.
		this.browser.get(url("/signup"));
		this.browser.findElement(By.id("email")).sendKeys("ada@northbridge.ac.uk");
		this.browser.findElement(By.id("displayName")).sendKeys("Ada Whitfield");
		this.browser.findElement(By.id("password")).sendKeys("message passing 7");
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(this.browser.findElement(By.cssSelector(".flash--ok")).getText()).contains("We sent a link");

		// Confirm the address from the mail.
		String link = this.mail.to("ada@northbridge.ac.uk").get(0).link("/verify?token=");
		this.browser.get(url(link));
		assertThat(this.browser.findElement(By.cssSelector(".flash--ok")).getText())
			.contains("Your email address is confirmed");

		// An anonymous click on Follow leads to the login page and back to the
		// researcher.
		this.browser.get(url("/researchers/" + this.graceKey));
		this.browser.findElement(By.linkText("Log in to follow")).click();
		assertThat(this.browser.getCurrentUrl()).endsWith("/login");
		this.browser.findElement(By.id("email")).sendKeys("ada@northbridge.ac.uk");
		this.browser.findElement(By.id("password")).sendKeys("message passing 7");
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		waitFor(ExpectedConditions.urlContains("/researchers/"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/researchers/" + this.graceKey);
		assertThat(this.browser.findElement(By.cssSelector(".account-menu__name")).getText())
			.isEqualTo("Ada Whitfield");

		// Follow in place (htmx).
		assertThat(this.browser.findElement(By.cssSelector("#follow-button .follow__count")).getText())
			.isEqualTo("No followers");
		this.browser.findElement(By.cssSelector("#follow-button button")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("#follow-button .follow__count"), "1 follower"));
		assertThat(this.browser.findElement(By.cssSelector("#follow-button button")).getText())
			.isEqualTo("Following · Unfollow");
		assertThat(this.browser.getCurrentUrl()).endsWith("/researchers/" + this.graceKey);

		this.browser.get(url("/following"));
		assertThat(this.browser.findElement(By.cssSelector(".following-list__item a")).getText())
			.isEqualTo("Grace Okafor");

		// Claim one's own profile: the email is at Ada's institution, so it is approved
		// at once.
		this.browser.get(url("/researchers/" + this.adaKey));
		this.browser.findElement(By.linkText("Claim this profile")).click();
		this.browser.findElement(By.id("statement")).sendKeys("This is my profile.");
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(this.browser.findElement(By.cssSelector(".flash--ok")).getText()).contains("Your claim is approved");
		assertThat(this.browser.findElement(By.cssSelector(".claim-status")).getText()).contains("Ada Whitfield",
				"Approved");

		this.browser.get(url("/researchers/" + this.adaKey));
		assertThat(this.browser.findElement(By.cssSelector(".badge--claimed")).getText()).isEqualTo("Claimed author");
		assertThat(this.browser.findElement(By.cssSelector("#follow-button .follow__note")).getText())
			.isEqualTo("This is your profile.");
	}

}
