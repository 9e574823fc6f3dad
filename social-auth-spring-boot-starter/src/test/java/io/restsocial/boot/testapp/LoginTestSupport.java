package io.restsocial.boot.testapp;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The base of a test that logs in through the starter over HTTP: the {@link TestApp} with MockMvc,
 * its {@code github} provider pointed at the {@link FakeGitHub}, whose stubs are reset and the
 * rest-social-auth tables emptied before each test. A subclass that configures nothing of its own
 * shares one application context with the others; one that adds properties, beans or a web
 * environment gets a context of its own, shared with those that add the same.
 */
@SpringBootTest(classes = TestApp.class)
@AutoConfigureMockMvc
public abstract class LoginTestSupport {

	private static final String[] TABLES = { "social_token", "social_opaque_token", "social_jwt_blacklist",
			"social_state", "social_partial", "social_oauth1_request", "social_account", "social_user" };

	/** The fake GitHub. */
	@RegisterExtension
	protected static final FakeGitHub github = FakeGitHub.shared();

	/** A JSON mapper for request and answer bodies. */
	protected final JsonMapper json = JsonMapper.builder().build();

	/** The application. */
	@Autowired
	protected MockMvc mvc;

	/** The application's database. */
	@Autowired
	protected JdbcClient jdbc;

	@DynamicPropertySource
	static void fakeGitHub(DynamicPropertyRegistry registry) {
		github.properties(registry);
	}

	@BeforeEach
	void emptyTables() {
		for (String table : TABLES) {
			this.jdbc.sql("DELETE FROM " + table).update();
		}
	}

	/**
	 * Post a code to a login endpoint, as JSON.
	 * @param path the endpoint, with or without the provider
	 * @param code the provider's code
	 * @return the answer
	 * @throws Exception when the request fails
	 */
	protected ResultActions postCode(String path, String code) throws Exception {
		return this.mvc.perform(
				post(path).contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"" + code + "\"}"));
	}

	/**
	 * Log in with a code at a login endpoint, which must answer 200.
	 * @param path the endpoint, with the provider
	 * @param code the provider's code
	 * @return the answer's JSON
	 * @throws Exception when the request fails or the login is refused
	 */
	protected JsonNode loggedIn(String path, String code) throws Exception {
		return this.json.readTree(
				postCode(path, code).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	/**
	 * The number of rows of a table.
	 * @param table the table
	 * @return the count
	 */
	protected long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

}
