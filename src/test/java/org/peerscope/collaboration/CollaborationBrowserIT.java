package org.peerscope.collaboration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.peerscope.browser.Browser;
import org.peerscope.collaboration.CollaborationFixture.Person;
import org.peerscope.test.ServerTest;
import org.peerscope.test.TestAccounts;
import org.peerscope.test.TestCatalog;
import org.peerscope.test.TestMail;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two researchers who both claimed their profiles: one invites, the other accepts, they
 * write to each other, and the header counts what is unread. And what the panel says to
 * those who can't invite.
 */
@ServerTest
class CollaborationBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	TestCatalog catalog;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestMail mail;

	WebDriver browser;

	CollaborationFixture fixture;

	Person ada;

	Person grace;

	@BeforeEach
	void peopleAndBrowser() {
		this.catalog.reset();
		this.mail.clear();
		this.fixture = new CollaborationFixture(this.catalog, this.accounts);
		this.ada = this.fixture.owner("Ada Whitfield", true);
		this.grace = this.fixture.owner("Grace Okafor", true);
		this.browser = Browser.open(1280, 900);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void inviteAcceptWriteAndReadWithUnreadCounts() {
		signIn(this.ada);
		this.browser.get(url("/researchers/" + this.grace.key()));
		waitFor(ExpectedConditions
			.elementToBeClickable(By.cssSelector("#collaboration-panel .collaboration-panel__invite")));
		assertThat(text(".collaboration-panel__invite")).isEqualTo("Invite to collaborate");
		click("#collaboration-panel .collaboration-panel__invite");

		this.browser.findElement(By.id("subject")).sendKeys("Message passing for materials");
		this.browser.findElement(By.id("message")).sendKeys("I liked your paper. Shall we try it on crystals?");
		click("form.invitation-form button[type=submit]");
		assertThat(text(".flash--ok")).isEqualTo("Your invitation is sent. It is pending until they answer.");
		assertThat(text(".invitation__status")).isEqualTo("Pending");

		this.browser.get(url("/researchers/" + this.grace.key()));
		waitForText("#collaboration-panel .collaboration-panel__message", "Your invitation is waiting for an answer.");

		// Grace: one unread invitation in the header.
		signIn(this.grace);
		assertThat(text(".account-menu__collaboration .unread-count")).isEqualTo("1");
		click(".account-menu__collaboration");
		this.browser.findElement(By.linkText("Message passing for materials")).click();
		assertThat(text(".invitation__message")).isEqualTo("I liked your paper. Shall we try it on crystals?");
		click(".invitation__accept");
		assertThat(text(".flash--ok")).isEqualTo("You accepted the invitation: write to each other here.");
		assertThat(this.browser.findElements(By.cssSelector(".account-menu__collaboration .unread-count"))).isEmpty();
		write("Yes! Data here: https://example.org/crystals. <b>Bold?</b>");
		WebElement mine = this.browser.findElement(By.cssSelector(".message--mine .message-body"));
		assertThat(mine.getText()).isEqualTo("Yes! Data here: https://example.org/crystals. <b>Bold?</b>");
		assertThat(mine.findElement(By.tagName("a")).getAttribute("href")).isEqualTo("https://example.org/crystals");
		assertThat(mine.findElements(By.tagName("b"))).isEmpty();

		// Ada: the reply is unread, in the header and in the inbox; reading it clears
		// both.
		signIn(this.ada);
		assertThat(text(".account-menu__collaboration .unread-count")).isEqualTo("1");
		this.browser.get(url("/collaboration"));
		assertThat(text(".inbox-item--thread .unread-count")).isEqualTo("1 unread");
		assertThat(text(".inbox-item--sent .status")).isEqualTo("Accepted");
		this.browser.findElement(By.cssSelector(".inbox-item--thread a")).click();
		assertThat(text(".message--unread .message-body")).startsWith("Yes! Data here:");
		assertThat(this.browser.findElements(By.cssSelector(".account-menu__collaboration .unread-count"))).isEmpty();
		write("Great, I will send the structures tomorrow.");
		write("And the code.");
		assertThat(this.browser.findElements(By.cssSelector(".message--mine"))).hasSize(2);

		signIn(this.grace);
		assertThat(text(".account-menu__collaboration .unread-count")).isEqualTo("2");
		this.browser.get(url("/collaboration"));
		assertThat(text(".inbox-item--thread .unread-count")).isEqualTo("2 unread");
		this.browser.findElement(By.cssSelector(".inbox-item--thread a")).click();
		assertThat(this.browser.findElements(By.cssSelector(".message--unread"))).hasSize(2);
		assertThat(this.mail.to(this.grace.email())).extracting(TestMail.Mail::subject)
			.contains("Ada Whitfield invites you to collaborate on Peerscope",
					"New message from Ada Whitfield on Peerscope");
	}

	@Test
	void thePanelSaysWhyNoInvitationIsPossible() {
		Person linus = this.fixture.unclaimed("Linus Berg");
		Person nobody = this.fixture.researcherOnly("Nobody Owns", true);
		Person closed = this.fixture.owner("Closed Person", false);

		this.browser.get(url("/researchers/" + this.grace.key()));
		waitForText("#collaboration-panel .collaboration-panel__message",
				"Log in to invite this researcher to collaborate.");

		signIn(linus);
		this.browser.get(url("/researchers/" + this.grace.key()));
		waitForText("#collaboration-panel .collaboration-panel__message",
				"Claim your author profile first to unlock direct invitations");
		assertThat(this.browser.findElement(By.linkText("Find and claim your profile")).getAttribute("href"))
			.endsWith("/search/researchers");

		signIn(this.ada);
		this.browser.get(url("/researchers/" + nobody.key()));
		waitForText("#collaboration-panel .collaboration-panel__message",
				"This author hasn't claimed their profile yet");
		click("#collaboration-panel form button");
		waitForText("#follow-button .follow__count", "1 follower");
		this.browser.get(url("/researchers/" + closed.key()));
		waitForText("#collaboration-panel .collaboration-panel__message",
				"Closed Person is not open to collaborate right now.");
	}

	private void signIn(Person person) {
		this.browser.manage().deleteAllCookies();
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("email")).sendKeys(person.email());
		this.browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
		click("form.form button[type=submit]");
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account-menu__name")));
	}

	private void write(String message) {
		WebElement form = this.browser.findElement(By.cssSelector("form.message-form"));
		this.browser.findElement(By.id("body")).sendKeys(message);
		click("form.message-form button[type=submit]");
		// The post answers with a new page: read the message there, not on the old one.
		waitFor(ExpectedConditions.stalenessOf(form));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#latest .message-body"),
				message.substring(0, 10)));
	}

	private void click(String css) {
		this.browser.findElement(By.cssSelector(css)).click();
	}

	private String text(String css) {
		return this.browser.findElement(By.cssSelector(css)).getText();
	}

	private void waitForText(String css, String text) {
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
		assertThat(text(css)).isEqualTo(text);
	}

	private void waitFor(ExpectedCondition<?> condition) {
		Browser.waitFor(this.browser, condition);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
