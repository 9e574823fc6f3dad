package io.restsocial.boot.jwt;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.restsocial.boot.testapp.LoginTestSupport;
import io.restsocial.boot.testapp.TestApp;
import io.restsocial.boot.testapp.TestClockConfiguration;
import io.restsocial.boot.web.GitHubStubs;
import io.restsocial.core.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * JWT pair and sliding logins with an HS256 secret, their claims and expiry on a test clock, the
 * refresh, verify and blacklist companions, and Bearer authentication of the app's endpoint.
 */
@SpringBootTest(classes = TestApp.class,
		properties = "rest.social.jwt.secret=an-hs256-secret-of-at-least-32-bytes!")
@Import(TestClockConfiguration.class)
class JwtLoginTests extends LoginTestSupport {

	static final String SECRET = "an-hs256-secret-of-at-least-32-bytes!";

	@Autowired
	private MutableClock clock;

	@BeforeEach
	void clean() {
		github.user("c", 583231, "octocat", "octocat@github.com", "Mona Lisa Octocat");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/login/social/jwt-pair/github/", "/api/login/social/jwt-pair/" })
	void jwtPairWhenLoggedInThenAccessAndRefreshWithTheirClaims(String path) throws Exception {
		JsonNode answer = login(path);
		assertThat(answer.has("username")).isFalse();
		JWTClaimsSet access = claims(answer.get("token").asString());
		JWTClaimsSet refresh = claims(answer.get("refresh").asString());
		long userId = userId();
		assertThat(access.getClaim("token_type")).isEqualTo("access");
		assertThat(refresh.getClaim("token_type")).isEqualTo("refresh");
		for (JWTClaimsSet claims : new JWTClaimsSet[] { access, refresh }) {
			assertThat(claims.getLongClaim("user_id")).isEqualTo(userId);
			assertThat(claims.getJWTID()).hasSize(32);
			assertThat(claims.getIssueTime().toInstant()).isEqualTo(this.clock.instant());
			assertThat(claims.getClaim("username")).isNull();
		}
		assertThat(access.getJWTID()).isNotEqualTo(refresh.getJWTID());
		assertThat(access.getExpirationTime().toInstant()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(5)));
		assertThat(refresh.getExpirationTime().toInstant()).isEqualTo(this.clock.instant().plus(Duration.ofDays(1)));
		assertThat(SignedJWT.parse(answer.get("token").asString()).getHeader().getAlgorithm())
			.isEqualTo(JWSAlgorithm.HS256);
	}

	@Test
	void jwtPairUserWhenLoggedInThenUserInBodyAndClaims() throws Exception {
		JsonNode answer = login("/api/login/social/jwt-pair-user/github/");
		assertThat(answer.get("username").asString()).isEqualTo("octocat");
		assertThat(answer.get("id").asLong()).isEqualTo(userId());
		JWTClaimsSet access = claims(answer.get("token").asString());
		assertThat(access.getClaim("username")).isEqualTo("octocat");
		assertThat(access.getClaim("email")).isEqualTo("octocat@github.com");
		assertThat(access.getClaim("first_name")).isEqualTo("Mona");
		assertThat(access.getClaim("last_name")).isEqualTo("Lisa Octocat");
		assertThat(claims(answer.get("refresh").asString()).getClaim("username")).isEqualTo("octocat");
	}

	@Test
	void jwtSlidingWhenLoggedInThenSlidingTokenWithRefreshWindow() throws Exception {
		JsonNode answer = login("/api/login/social/jwt-sliding/github/");
		assertThat(answer.properties()).hasSize(1);
		JWTClaimsSet sliding = claims(answer.get("token").asString());
		assertThat(sliding.getClaim("token_type")).isEqualTo("sliding");
		assertThat(sliding.getExpirationTime().toInstant()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(5)));
		assertThat(sliding.getLongClaim("refresh_exp"))
			.isEqualTo(this.clock.instant().plus(Duration.ofDays(1)).getEpochSecond());
		JsonNode withUser = login("/api/login/social/jwt-sliding-user/");
		assertThat(withUser.get("username").asString()).isEqualTo("octocat");
		assertThat(claims(withUser.get("token").asString()).getClaim("username")).isEqualTo("octocat");
	}

	@Test
	void bearerWhenAccessOrSlidingThenAuthenticatedUntilExpiry() throws Exception {
		String access = login("/api/login/social/jwt-pair/github/").get("token").asString();
		String sliding = login("/api/login/social/jwt-sliding/github/").get("token").asString();
		me("Bearer " + access).andExpect(status().isOk()).andExpect(jsonPath("$.username").value("octocat"));
		me("Bearer " + sliding).andExpect(status().isOk());
		this.clock.advance(Duration.ofMinutes(5));
		me("Bearer " + access).andExpect(status().isUnauthorized());
		me("Bearer " + sliding).andExpect(status().isUnauthorized());
	}

	@Test
	void bearerWhenRefreshTokenThen401() throws Exception {
		String refresh = login("/api/login/social/jwt-pair/github/").get("refresh").asString();
		me("Bearer " + refresh).andExpect(status().isUnauthorized());
	}

	@Test
	void bearerWhenSignatureTamperedThen401() throws Exception {
		String access = login("/api/login/social/jwt-pair/github/").get("token").asString();
		String[] parts = access.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"access\"", "\"accesS\"");
		String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
				+ "." + parts[2];
		me("Bearer " + forged).andExpect(status().isUnauthorized());
		String flipped = access.substring(0, access.length() - 2) + (access.endsWith("A") ? "BB" : "AA");
		me("Bearer " + flipped).andExpect(status().isUnauthorized());
	}

	@Test
	void bearerWhenAlgNoneThen401() throws Exception {
		String access = login("/api/login/social/jwt-pair/github/").get("token").asString();
		PlainJWT unsigned = new PlainJWT(claims(access));
		me("Bearer " + unsigned.serialize()).andExpect(status().isUnauthorized());
	}

	@Test
	void bearerWhenSignedByAnotherKeyThen401() throws Exception {
		String access = login("/api/login/social/jwt-pair/github/").get("token").asString();
		SignedJWT other = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(access));
		other.sign(new MACSigner("another-secret-that-is-long-enough-32b"));
		me("Bearer " + other.serialize()).andExpect(status().isUnauthorized());
		SignedJWT same = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(access));
		same.sign(new MACSigner(SECRET));
		// The same claims signed with our key pass: the refusal above is the key's doing.
		me("Bearer " + same.serialize()).andExpect(status().isOk());
	}

	@Test
	void bearerWhenClaimMissingThen401() throws Exception {
		String access = login("/api/login/social/jwt-pair/github/").get("token").asString();
		JWTClaimsSet withoutType = new JWTClaimsSet.Builder(claims(access)).claim("token_type", null).build();
		SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), withoutType);
		token.sign(new MACSigner(SECRET));
		me("Bearer " + token.serialize()).andExpect(status().isUnauthorized());
	}

	@Test
	void refreshWhenNoRotationThenNewAccessOnly() throws Exception {
		JsonNode pair = login("/api/login/social/jwt-pair-user/github/");
		this.clock.advance(Duration.ofMinutes(10));
		JsonNode refreshed = postJson("/api/login/token/refresh/", Map.of("refresh", pair.get("refresh").asString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.transform(this.json::readTree);
		assertThat(refreshed.has("refresh")).isFalse();
		JWTClaimsSet access = claims(refreshed.get("token").asString());
		assertThat(access.getClaim("token_type")).isEqualTo("access");
		assertThat(access.getClaim("username")).as("user claims carried over").isEqualTo("octocat");
		assertThat(access.getIssueTime().toInstant()).isEqualTo(this.clock.instant());
		me("Bearer " + refreshed.get("token").asString()).andExpect(status().isOk());
	}

	@Test
	void refreshWhenAccessTokenOrExpiredOrMissingThenRefused() throws Exception {
		JsonNode pair = login("/api/login/social/jwt-pair/github/");
		postJson("/api/login/token/refresh/", Map.of("refresh", pair.get("token").asString()))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value(containsString("wrong type")))
			.andExpect(jsonPath("$.fields[0]").value("refresh"));
		postJson("/api/login/token/refresh/", Map.of()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("refresh"));
		this.clock.advance(Duration.ofDays(1));
		postJson("/api/login/token/refresh/", Map.of("refresh", pair.get("refresh").asString()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void blacklistWhenRefreshRevokedThenItNoLongerRefreshesOrVerifies() throws Exception {
		String refresh = login("/api/login/social/jwt-pair/github/").get("refresh").asString();
		postJson("/api/login/token/verify/", Map.of("token", refresh)).andExpect(status().isOk());
		postJson("/api/login/token/blacklist/", Map.of("refresh", refresh)).andExpect(status().isOk());
		postJson("/api/login/token/refresh/", Map.of("refresh", refresh)).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value(containsString("blacklisted")));
		postJson("/api/login/token/verify/", Map.of("token", refresh)).andExpect(status().isUnauthorized());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_jwt_blacklist WHERE jti = ?")
			.param(claims(refresh).getJWTID())
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void verifyWhenValidThenEmptyObjectAndWhenNotThen401() throws Exception {
		String access = login("/api/login/social/jwt-pair/github/").get("token").asString();
		postJson("/api/login/token/verify/", Map.of("token", access)).andExpect(status().isOk())
			.andExpect(jsonPath("$").isEmpty());
		postJson("/api/login/token/verify/", Map.of("token", "not.a.jwt")).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("Token is invalid or expired"));
		this.clock.advance(Duration.ofMinutes(6));
		postJson("/api/login/token/verify/", Map.of("token", access)).andExpect(status().isUnauthorized());
	}

	@Test
	void slidingRefreshWhenExpiredButInWindowThenNewTokenSameJti() throws Exception {
		String sliding = login("/api/login/social/jwt-sliding-user/github/").get("token").asString();
		this.clock.advance(Duration.ofMinutes(30));
		me("Bearer " + sliding).andExpect(status().isUnauthorized());
		String renewed = postJson("/api/login/token/sliding/refresh/", Map.of("token", sliding))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.transform(this.json::readTree)
			.get("token")
			.asString();
		JWTClaimsSet claims = claims(renewed);
		assertThat(claims.getJWTID()).isEqualTo(claims(sliding).getJWTID());
		assertThat(claims.getLongClaim("refresh_exp")).isEqualTo(claims(sliding).getLongClaim("refresh_exp"));
		assertThat(claims.getExpirationTime().toInstant()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(5)));
		assertThat(claims.getClaim("username")).isEqualTo("octocat");
		me("Bearer " + renewed).andExpect(status().isOk());
	}

	@Test
	void slidingRefreshWhenWindowClosedOrPairTokenThen401() throws Exception {
		String sliding = login("/api/login/social/jwt-sliding/github/").get("token").asString();
		String refresh = login("/api/login/social/jwt-pair/github/").get("refresh").asString();
		postJson("/api/login/token/sliding/refresh/", Map.of("token", refresh)).andExpect(status().isUnauthorized());
		this.clock.advance(Duration.ofDays(1));
		postJson("/api/login/token/sliding/refresh/", Map.of("token", sliding)).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value(containsString("refresh period has expired")));
	}

	@Test
	void bearerWhenSlidingTokenBlacklistedThen401AndItsRefreshesToo() throws Exception {
		String sliding = login("/api/login/social/jwt-sliding/github/").get("token").asString();
		postJson("/api/login/token/blacklist/", Map.of("token", sliding)).andExpect(status().isOk());
		me("Bearer " + sliding).andExpect(status().isUnauthorized());
		postJson("/api/login/token/sliding/refresh/", Map.of("token", sliding)).andExpect(status().isUnauthorized());
	}

	// The attack: a stolen sliding token refreshed at the end of its window outlives the window by
	// one lifetime; the owner's revocation must hold until then, not be purged when the window ends.
	@Test
	void bearerWhenSlidingFamilyRevokedNearTheWindowsEndThenItsLastRefreshStays401AfterThePurge()
			throws Exception {
		String sliding = login("/api/login/social/jwt-sliding/github/").get("token").asString();
		this.clock.advance(Duration.ofDays(1).minusMinutes(1));
		String stolen = this.json
			.readTree(postJson("/api/login/token/sliding/refresh/", Map.of("token", sliding)).andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("token")
			.asString();
		postJson("/api/login/token/blacklist/", Map.of("token", sliding)).andExpect(status().isOk());
		me("Bearer " + stolen).andExpect(status().isUnauthorized());

		this.clock.advance(Duration.ofSeconds(90));
		// Any revocation purges the entries that have expired.
		String other = login("/api/login/social/jwt-sliding/github/").get("token").asString();
		postJson("/api/login/token/blacklist/", Map.of("token", other)).andExpect(status().isOk());
		me("Bearer " + stolen).andExpect(status().isUnauthorized());
	}

	// A token in the URL ends up in access logs and proxies: the companions read the body alone.
	@Test
	void refreshWhenTokenInTheQueryStringThen400NamingTheFieldAndNothingIssued() throws Exception {
		String refresh = login("/api/login/social/jwt-pair/github/").get("refresh").asString();
		this.mvc.perform(post("/api/login/token/refresh/").param("refresh", refresh))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("refresh"))
			.andExpect(jsonPath("$.token").doesNotExist());
		this.mvc
			.perform(post("/api/login/token/verify/?token=" + refresh)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("unrelated=1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0]").value("token"));
	}

	@Test
	void jwksWhenHs256Then404() throws Exception {
		this.mvc.perform(get("/api/login/jwks.json")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value(containsString("HS256")));
	}

	@Test
	void bearerWhenUserDeletedThen401() throws Exception {
		String access = login("/api/login/social/jwt-pair/github/").get("token").asString();
		GitHubStubs.deleteAll(this.jdbc);
		me("Bearer " + access).andExpect(status().isUnauthorized());
	}

	private long userId() {
		return this.jdbc.sql("SELECT id FROM social_user WHERE username = 'octocat'").query(Long.class).single();
	}

	private JsonNode login(String path) throws Exception {
		String body = path.endsWith("/social/jwt-pair/") || path.endsWith("/social/jwt-sliding-user/")
				? "{\"provider\":\"github\",\"code\":\"c\"}" : "{\"code\":\"c\"}";
		return this.json.readTree(this.mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private ResultActions me(String authorization) throws Exception {
		return this.mvc.perform(get("/api/me").header("Authorization", authorization));
	}

	private ResultActions postJson(String path, Map<String, String> body) throws Exception {
		return this.mvc
			.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body)));
	}

	static JWTClaimsSet claims(String token) throws Exception {
		return SignedJWT.parse(token).getJWTClaimsSet();
	}

}
