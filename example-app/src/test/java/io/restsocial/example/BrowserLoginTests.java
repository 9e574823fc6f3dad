package io.restsocial.example;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example page in Debian's headless Chromium, as a user clicks through it: a provider button
 * opens the demo provider's page in a popup, which hands the code (or OAuth 1.0a's token and
 * verifier) back to the page; the page posts it to the login endpoint of the chosen credential
 * kind and shows the user, the credential and the linked accounts, and then refreshes, links,
 * disconnects and logs out. Screenshots go to {@code target/screenshots/}. {@code .ci/run}
 * installs Chromium and fails when it cannot, so in CI this never skips.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf("chromiumInstalled")
class BrowserLoginTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	private WebDriver driver;

	private WebDriverWait wait;

	static boolean chromiumInstalled() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	@BeforeEach
	void startBrowser() throws Exception {
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1100,1000", "--user-data-dir=" + profile.toAbsolutePath());
		this.driver = new ChromeDriver(options);
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(20));
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void pageWhenJwtPairThenLoginRefreshLinkDisconnectAndLogout() throws Exception {
		open();
		new Select(this.driver.findElement(By.id("kind"))).selectByValue("jwt-pair");

		// A login: the popup's code is posted to jwt-pair-user, and the page shows the user.
		long usedStates = count("SELECT COUNT(*) FROM social_state");
		signInThroughPopup("login-demo", "selena");
		waitForMessage("Signed in with Demo (OAuth 2.0) as selena.");
		assertThat(text("user-name")).isEqualTo("Selena Demo (selena)");
		assertThat(text("user-email")).isEqualTo("selena@demo.example");
		assertThat(text("credential-kind")).isEqualTo("JWT pair (jwt-pair-user)");
		assertThat(accounts()).hasSize(1).first().asString().contains("Demo (OAuth 2.0)");
		assertThat(this.driver.findElement(By.id("signed-out")).isDisplayed()).isFalse();
		assertThat(this.driver.getCurrentUrl()).doesNotContain("code=");
		// The state the page asked for was bound to this browser and is now used up; the server
		// sent the PKCE verifier, which the demo provider checks against the challenge.
		assertThat(count("SELECT COUNT(*) FROM social_state")).isEqualTo(usedStates + 1);
		screenshot("1-login");

		// A refresh: a new access token, which still authenticates GET /api/user/.
		String before = text("credential-token");
		click("refresh");
		waitForMessage("Access token refreshed.");
		assertThat(text("credential-token")).isNotEqualTo(before);
		assertThat(text("user-name")).isEqualTo("Selena Demo (selena)");
		screenshot("2-refresh");

		// Linking a second demo account: the login carries the Bearer access token, so the new
		// account is linked to this user rather than making a new one.
		signInThroughPopup("connect-demo", "selena-work");
		waitForMessage("Linked a Demo (OAuth 2.0) account.");
		this.wait.until((driver) -> accounts().size() == 2);
		// The same user (its username kept), whose name the pipeline updated from the new account.
		assertThat(text("user-name")).isEqualTo("Selena-work Demo (selena)");
		assertThat(count("SELECT COUNT(DISTINCT user_id) FROM social_account WHERE provider = 'demo' AND uid IN ("
				+ uidsShown() + ")")).isEqualTo(1);
		screenshot("3-linked");

		// A disconnect of the second account.
		List<WebElement> items = this.driver.findElements(By.cssSelector("#accounts li"));
		String second = items.get(1).getAttribute("data-uid");
		items.get(1).findElement(By.tagName("button")).click();
		waitForMessage("Disconnected the Demo (OAuth 2.0) account " + second + ".");
		assertThat(accounts()).hasSize(1);
		assertThat(this.driver.findElement(By.cssSelector("#accounts li")).getAttribute("data-uid"))
			.isNotEqualTo(second);
		assertThat(count("SELECT COUNT(*) FROM social_account WHERE provider = 'demo' AND uid = '" + second + "'"))
			.isZero();
		screenshot("4-disconnected");

		// A logout: the refresh token is revoked, and the page is back to its sign-in buttons.
		Map<String, Object> credential = credential();
		click("logout");
		waitForMessage("Signed out.");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-demo")));
		assertThat(this.driver.findElement(By.id("signed-in")).isDisplayed()).isFalse();
		HttpResponse<String> refresh = post("/api/login/token/refresh/",
				"{\"refresh\":\"" + credential.get("refresh") + "\"}");
		assertThat(refresh.statusCode()).as(refresh.body()).isEqualTo(401);
		screenshot("5-logged-out");
	}

	@Test
	void pageWhenOAuth1ThenTwoStepLoginAndLogoutEverywhere() throws Exception {
		open();
		new Select(this.driver.findElement(By.id("kind"))).selectByValue("opaque");

		// Step one (the request token) from the page, the authorize page in the popup, then step
		// two with oauth_token and oauth_verifier; both bound to this browser by the state cookie.
		signInThroughPopup("login-demo-oauth1", "tess");
		waitForMessage("Signed in with Demo (OAuth 1.0a) as tess.");
		assertThat(text("user-name")).isEqualTo("Tess Demo (tess)");
		assertThat(text("credential-kind")).isEqualTo("Opaque (knox) token (opaque_user)");
		assertThat(accounts()).singleElement().asString().contains("Demo (OAuth 1.0a)");
		assertThat(count("SELECT COUNT(*) FROM social_account WHERE provider = 'demo-oauth1' AND uid = " + uidsShown()))
			.isEqualTo(1);
		screenshot("oauth1-login");

		Map<String, Object> credential = credential();
		click("logout-all");
		waitForMessage("Signed out on every device.");
		assertThat(userStatus("Token " + credential.get("token"))).isEqualTo(401);
		screenshot("oauth1-logged-out");
	}

	@ParameterizedTest
	@ValueSource(strings = { "session", "token", "jwt-sliding", "opaque" })
	void pageWhenKindThenLoginShowsUserAndLogoutEndsWhatTheKindCanEnd(String kind) throws Exception {
		String name = "kim-" + kind;
		open();
		new Select(this.driver.findElement(By.id("kind"))).selectByValue(kind);
		signInThroughPopup("login-demo", name);
		waitForMessage("Signed in with Demo (OAuth 2.0) as " + name + ".");
		assertThat(text("user-name")).isEqualTo("Kim-" + kind + " Demo (" + name + ")");
		assertThat(accounts()).hasSize(1);
		// Linking is authorised by the kind's Authorization header, or for a session by its cookie
		// with the CSRF header; then the linked account is disconnected the same way.
		signInThroughPopup("connect-demo", name + "-2");
		waitForMessage("Linked a Demo (OAuth 2.0) account.");
		this.wait.until((driver) -> accounts().size() == 2);
		assertThat(text("user-name")).endsWith("(" + name + ")");
		List<WebElement> items = this.driver.findElements(By.cssSelector("#accounts li"));
		String second = items.get(1).getAttribute("data-uid");
		items.get(1).findElement(By.tagName("button")).click();
		waitForMessage("Disconnected the Demo (OAuth 2.0) account " + second + ".");
		assertThat(accounts()).hasSize(1);
		assertThat(this.driver.findElement(By.id("sliding-refresh")).isDisplayed()).isEqualTo(kind.equals("jwt-sliding"));
		assertThat(this.driver.findElement(By.id("logout-all")).isDisplayed()).isEqualTo(kind.equals("opaque"));
		if (kind.equals("jwt-sliding")) {
			// Within the same second the refreshed token may be the same one: what counts is that
			// the page kept a token the API takes.
			click("sliding-refresh");
			waitForMessage("Sliding token refreshed.");
			assertThat(text("user-name")).endsWith("(" + name + ")");
			assertThat(userStatus("Bearer " + credential().get("token"))).isEqualTo(200);
		}
		screenshot("kind-" + kind);

		Map<String, Object> credential = credential();
		String authorization = switch (kind) {
			case "session" -> null;
			case "jwt-sliding" -> "Bearer " + credential.get("token");
			default -> "Token " + credential.get("token");
		};
		click("logout");
		waitForMessage("Signed out.");
		// What the kind can end is ended: the session, the sliding token, the opaque token; a
		// stored token (DRF authtoken's kind) has no logout, and the page only forgets it.
		assertThat(this.driver.findElement(By.id("login-demo")).isDisplayed()).isTrue();
		int status = (authorization != null) ? userStatus(authorization) : browserUserStatus();
		assertThat(status).isEqualTo(kind.equals("token") ? 200 : 401);
	}

	@Test
	void pageWhenProviderNameCarriesHtmlThenShownAsText() {
		String name = "<img src=x onerror=\"window.pwned=1\">Mal <b>Lory</b>";
		open();
		new Select(this.driver.findElement(By.id("kind"))).selectByValue("token");
		signInThroughPopup("login-demo", "mallory", name);
		waitForMessage("Signed in with Demo (OAuth 2.0) as mallory.");
		assertThat(text("user-name")).isEqualTo(name + " (mallory)");
		assertThat(this.driver.findElements(By.cssSelector("#user-name *"))).isEmpty();
		assertThat(((JavascriptExecutor) this.driver).executeScript("return window.pwned === undefined;"))
			.isEqualTo(true);
	}

	@Test
	void pageWhenPopupBlockedThenRedirectFlowFinishesOnThePage() throws Exception {
		open();
		new Select(this.driver.findElement(By.id("kind"))).selectByValue("session");
		((JavascriptExecutor) this.driver).executeScript("window.open = () => null;");
		click("login-demo");
		// The provider's page in this window, which it then sends back to the page with the code.
		signInOnProviderPage("rita", null);
		waitForMessage("Signed in with Demo (OAuth 2.0) as rita.");
		assertThat(this.driver.getWindowHandles()).hasSize(1);
		assertThat(this.driver.getCurrentUrl()).isEqualTo("http://localhost:" + this.port + "/");
		assertThat(text("user-name")).isEqualTo("Rita Demo (rita)");
		assertThat(browserUserStatus()).isEqualTo(200);
		screenshot("redirect-flow");
	}

	private void open() {
		this.driver.get("http://localhost:" + this.port + "/");
		waitForMessage("Signed out: pick a credential kind and a provider.");
	}

	// Click a provider button, sign in on the demo provider's page in the popup, and come back
	// once the popup has handed its answer to the page and closed.
	private void signInThroughPopup(String buttonId, String username) {
		signInThroughPopup(buttonId, username, null);
	}

	private void signInThroughPopup(String buttonId, String username, String displayName) {
		String page = this.driver.getWindowHandle();
		click(buttonId);
		this.wait.until(ExpectedConditions.numberOfWindowsToBe(2));
		String popup = this.driver.getWindowHandles().stream().filter((handle) -> !handle.equals(page)).findFirst()
			.orElseThrow();
		this.driver.switchTo().window(popup);
		signInOnProviderPage(username, displayName);
		this.wait.until(ExpectedConditions.numberOfWindowsToBe(1));
		this.driver.switchTo().window(page);
	}

	private void signInOnProviderPage(String username, String displayName) {
		WebElement field = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
		field.clear();
		field.sendKeys(username);
		if (displayName != null) {
			this.driver.findElement(By.id("display-name")).sendKeys(displayName);
		}
		this.driver.findElement(By.id("allow")).click();
	}

	private void click(String id) {
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
	}

	private void waitForMessage(String message) {
		try {
			this.wait.until(ExpectedConditions.textToBe(By.id("message"), message));
		}
		catch (RuntimeException ex) {
			throw new AssertionError("The page shows '" + text("message") + "', answer: " + text("last-response"), ex);
		}
	}

	private String text(String id) {
		return this.driver.findElement(By.id(id)).getText();
	}

	private List<String> accounts() {
		return this.driver.findElements(By.cssSelector("#accounts li")).stream().map(WebElement::getText).toList();
	}

	private String uidsShown() {
		return String.join(",", this.driver.findElements(By.cssSelector("#accounts li"))
			.stream()
			.map((item) -> "'" + item.getAttribute("data-uid") + "'")
			.toList());
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> credential() {
		return (Map<String, Object>) ((JavascriptExecutor) this.driver)
			.executeScript("return JSON.parse(sessionStorage.getItem('credential'));");
	}

	// GET /api/user/ from the page, with the browser's cookies and no Authorization header.
	private int browserUserStatus() {
		Object status = ((JavascriptExecutor) this.driver).executeAsyncScript(
				"const done = arguments[arguments.length - 1]; fetch('/api/user/').then((r) => done(r.status));");
		return ((Number) status).intValue();
	}

	private int userStatus(String authorization) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/user/"))
			.header("Authorization", authorization)
			.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
	}

	private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private void screenshot(String name) throws IOException {
		Path target = Files.createDirectories(SCREENSHOTS).resolve(name + ".png");
		Path taken = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
	}

}
