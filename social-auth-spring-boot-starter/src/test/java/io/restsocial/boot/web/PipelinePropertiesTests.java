package io.restsocial.boot.web;

import java.util.Map;

import io.restsocial.boot.autoconfigure.PipelineCustomizer;
import io.restsocial.boot.autoconfigure.RestSocialProperties;
import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.core.error.AuthForbiddenException;
import io.restsocial.core.pipeline.SocialDetailsStep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * python-social-auth's optional pipeline behaviour, each turned on by a
 * {@code rest.social.pipeline.*} property alone, over HTTP; and an application's
 * {@link PipelineCustomizer}, whose step runs beside what the properties turned on.
 */
@TestPropertySource(properties = { "rest.social.pipeline.require-email=true",
		"rest.social.pipeline.slugify-usernames=true", "rest.social.pipeline.username-max-length=20",
		"rest.social.pipeline.uuid-length=4", "rest.social.pipeline.user-fields=email,first-name",
		"rest.social.pipeline.protected-user-fields=first_name" })
@Import(PipelinePropertiesTests.RefuseBlockedLogins.class)
class PipelinePropertiesTests extends LoginTestSupport {

	private static final String LOGIN = "/api/login/social/token_user/github/";

	@BeforeEach
	void noAddresses() {
		github.stubFor(get("/user/emails").willReturn(okJson("[]")));
	}

	@Test
	void loginWhenRequireEmailAndProviderGivesNoneThenPausedUntilCompleteGivesOne() throws Exception {
		github.user("no-email", 61, "quiet", "", "Quiet User");
		JsonNode paused = this.json.readTree(postCode(LOGIN, "no-email").andExpect(status().isAccepted())
			.andExpect(jsonPath("$.fields[0]").value("email"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(count("social_user")).isZero();

		this.mvc
			.perform(post("/api/login/social/complete/").contentType(MediaType.APPLICATION_JSON)
				.content("{\"partial_token\":\"" + paused.get("partial_token").asString()
						+ "\",\"email\":\"quiet@example.com\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("quiet"))
			.andExpect(jsonPath("$.email").value("quiet@example.com"))
			.andExpect(jsonPath("$.token").exists());
		assertThat(count("social_user")).isOne();
	}

	@Test
	void loginWhenRequireEmailAndProviderGivesOneThenNoPause() throws Exception {
		github.user("with-email", 62, "loud", "loud@example.com", "Loud User");
		assertThat(loggedIn(LOGIN, "with-email").get("email").asString()).isEqualTo("loud@example.com");
	}

	@Test
	void loginWhenSlugifyThenUsernameAsciiLowerCaseCutToMaxLengthAndMadeUniqueWithinIt() throws Exception {
		github.user("slug-1", 63, "Zoë_O'Brien Long Name", "zoe@example.com", "Zoë O'Brien");
		github.user("slug-2", 64, "Zoë_O'Brien Long Name", "zoe2@example.com", "Zoë O'Brien");
		// Cleaned of the apostrophe and spaces within the first 20 characters, then made a slug.
		assertThat(loggedIn(LOGIN, "slug-1").get("username").asString()).isEqualTo("zoe_obrienlongnam");
		// Taken: the first 16 characters and 4 random hex ones, cleaned and made a slug again.
		assertThat(loggedIn(LOGIN, "slug-2").get("username").asString()).matches("zoe_obrienlong[0-9a-f]{4}");
	}

	// A slug can be longer than its name (a ligature decomposes into letters): the username is cut
	// after it, or it would not fit the user table's column (a 500 there).
	@Test
	void loginWhenSlugLongerThanItsNameThenCutToMaxLength() throws Exception {
		github.user("ligatures", 67, "\uFB03".repeat(30), "lig@example.com", "Lig Ature");
		assertThat(loggedIn(LOGIN, "ligatures").get("username").asString()).isEqualTo("ffiffiffiffiffiffiff");
	}

	@Test
	void loginWhenFieldLeftOutOrProtectedThenProviderNeverWritesIt() throws Exception {
		github.user("names-1", 65, "ada", "ada@example.com", "Ada Lovelace");
		JsonNode first = loggedIn(LOGIN, "names-1");
		assertThat(first.get("first_name").asString()).isEqualTo("Ada");
		// last-name is not one of the user-fields: never written, not even at sign-up.
		assertThat(first.get("last_name").asString()).isEmpty();

		github.user("names-2", 65, "ada", "ada@example.com", "Augusta King");
		JsonNode again = loggedIn(LOGIN, "names-2");
		// first-name is protected: written at sign-up only.
		assertThat(again.get("first_name").asString()).isEqualTo("Ada");
		assertThat(again.get("last_name").asString()).isEmpty();
		assertThat(this.jdbc.sql("SELECT first_name || '/' || last_name FROM social_user WHERE username = 'ada'")
			.query(String.class)
			.single()).isEqualTo("Ada/");
	}

	@Test
	void loginWhenAppCustomizerStepRefusesThen403AndNothingWritten() throws Exception {
		github.user("blocked", 66, "blocked", "blocked@example.com", "Blocked User");
		postCode(LOGIN, "blocked").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("This account may not log in here"));
		assertThat(count("social_user")).isZero();
		assertThat(count("social_account")).isZero();
	}

	@Test
	void bindWhenUsernameLengthsOutOfRangeThenStartUpFailsNamingTheKey() {
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind("username-max-length", "151"))
			.havingRootCause()
			.withMessageContaining("rest.social.pipeline.username-max-length must be 2 to 150");
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind("uuid-length", "0"))
			.havingRootCause()
			.withMessageContaining("rest.social.pipeline.uuid-length must be 1 to 32");
		assertThat(bind("protected-user-fields", "email,LAST_NAME").getPipeline().getProtectedUserFields())
			.hasSize(2);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class RefuseBlockedLogins {

		@Bean
		PipelineCustomizer refuseBlocked() {
			return (pipeline) -> pipeline.addAfter(SocialDetailsStep.class, (context) -> {
				if (context.getDetails().username().equals("blocked")) {
					throw new AuthForbiddenException("This account may not log in here");
				}
			});
		}

	}

	private static RestSocialProperties bind(String key, String value) {
		return new Binder(new MapConfigurationPropertySource(Map.of("rest.social.pipeline." + key, value)))
			.bindOrCreate("rest.social", Bindable.of(RestSocialProperties.class));
	}

}
