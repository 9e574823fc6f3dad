package io.restsocial.example;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example page in Debian's headless Chromium: a click on a provider and a credential kind,
 * the demo provider's authorize page, and back to the page, which posts the code and shows the
 * user that {@code GET /api/user/} answers for the credential. {@code .ci/run} installs Chromium
 * and fails when it cannot, so in CI this never skips.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf("chromiumInstalled")
class BrowserLoginTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	@LocalServerPort
	private int port;

	@org.springframework.beans.factory.annotation.Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private WebDriver driver;

	static boolean chromiumInstalled() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	@BeforeEach
	void startBrowser() throws Exception {
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		Path profile = Files.createTempDirectory(Path.of("target"), "chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--user-data-dir=" + profile.toAbsolutePath());
		this.driver = new ChromeDriver(options);
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "session", "token_user", "jwt-sliding-user", "opaque_user" })
	void loginThroughDemoProviderThenPageShowsUserFromApi(String kind) {
		String name = "selena-" + kind.replace('_', '-');
		long usedStates = this.jdbc.sql("SELECT COUNT(*) FROM social_state").query(Long.class).single();
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(15));
		this.driver.get("http://localhost:" + this.port + "/");
		wait.until(ExpectedConditions.elementToBeClickable(By.id("login-demo-" + kind))).click();

		WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
		username.clear();
		username.sendKeys(name);
		this.driver.findElement(By.id("allow")).click();

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-result"), name));
		assertThat(this.driver.findElement(By.id("login-result")).getText()).contains("\"username\": \"" + name)
			.contains("\"first_name\": \"S" + name.substring(1));
		assertThat(this.driver.findElement(By.id("user-result")).getAttribute("class")).isEmpty();
		assertThat(this.driver.getCurrentUrl()).doesNotContain("code=");
		// The page asked the server for its state (bound to this browser by a cookie, with no row
		// written) and sent it back with the cookie, which used it up: its id is now remembered.
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_state").query(Long.class).single())
			.isEqualTo(usedStates + 1);
	}


}
