package io.restsocial.core.provider.builtin;

import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.restsocial.core.TestHttp;
import io.restsocial.core.provider.LoginRequest;
import io.restsocial.core.oauth2.OAuth2Provider;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.ProviderRegistration;
import io.restsocial.core.provider.SocialDetails;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each built-in provider, as data: the provider's real payload shapes, what the user must come
 * out as, and what the provider's endpoints must have received.
 */
class BuiltInProviderTests {

	@RegisterExtension
	static WireMockExtension wiremock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	record ProviderCase(String name, OAuth2ProviderDefinition definition, Consumer<WireMockExtension> stubs,
			String expectedUid, SocialDetails expectedDetails, Consumer<WireMockExtension> received) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<Arguments> providers() {
		return Stream
			.of(github(), githubWithoutPublicEmail(), githubUnverifiedEmail(), githubWithoutEmailScope(), githubAppTokenWithoutScope(),
					githubWithoutPublicEmailNorScope(), facebook(), google(), microsoftGraph(), gitlab(), discord(),
					bitbucket(), spotify(), reddit(), amazon(), amazonWrappedProfile(),
					twitterOAuth2(), kakao(), vk(), instagram(), line(), salesforce(), dropbox(), weixin())
			.map(Arguments::of);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("providers")
	void authenticateWhenProviderAnswersThenUserAndRequestsAsProviderExpects(ProviderCase test) {
		test.stubs().accept(wiremock);
		OAuth2Provider provider = new OAuth2Provider(test.definition(),
				ProviderRegistration.withName(test.definition().getName())
					.clientId("client-1")
					.clientSecret("secret-1")
					.tokenUri(wiremock.baseUrl() + "/token")
					.userInfoUri(wiremock.baseUrl() + "/user")
					.build(),
				TestHttp.client());

		Map<String, Object> response = provider
			.fetchUserData(LoginRequest.ofCode(provider.name(), "code-1", "https://app.example/cb"));
		SocialDetails details = provider.userDetails(response);

		assertThat(details).isEqualTo(test.expectedDetails());
		String expectedUid = (test.expectedUid() != null) ? test.expectedUid()
				: wiremock.baseUrl() + "/id/00Dx0000000BV7z/005x00000012Q9P";
		assertThat(provider.userId(details, response)).isEqualTo(expectedUid);
		assertThat(provider.extraData(response)).containsKeys("access_token", "auth_time");
		test.received().accept(wiremock);
	}

	static ProviderCase github() {
		return new ProviderCase("github", GitHubProvider.definition(), (wm) -> {
			wm.stubFor(post("/token").willReturn(okJson(
					"{\"access_token\":\"gho_16C7e42F292c6912E7710c838347Ae178B4a\",\"scope\":\"user:email\",\"token_type\":\"bearer\"}")));
			wm.stubFor(get("/user").willReturn(okJson("{\"login\":\"octocat\",\"id\":583231,\"node_id\":\"MDQ6VXNlcjE=\","
					+ "\"avatar_url\":\"https://github.com/images/error/octocat_happy.gif\",\"type\":\"User\","
					+ "\"site_admin\":false,\"name\":\"Mona Lisa Octocat\",\"company\":\"GitHub\","
					+ "\"email\":\"octocat@github.com\",\"bio\":null,\"public_repos\":8}")));
			wm.stubFor(get("/user/emails").willReturn(okJson("[{\"email\":\"octocat@github.com\",\"verified\":true,"
					+ "\"primary\":true,\"visibility\":\"public\"}]")));
		}, "583231",
				new SocialDetails("octocat", "octocat@github.com", "Mona Lisa Octocat", "Mona", "Lisa Octocat", true),
				(wm) -> {
					wm.verify(postRequestedFor(urlPathEqualTo("/token")).withHeader("Accept", containing("application/json"))
						.withFormParam("code", equalTo("code-1"))
						.withFormParam("client_id", equalTo("client-1"))
						.withFormParam("client_secret", equalTo("secret-1"))
						.withFormParam("redirect_uri", equalTo("https://app.example/cb"))
						.withFormParam("grant_type", equalTo("authorization_code")));
					wm.verify(getRequestedFor(urlPathEqualTo("/user")).withHeader("Authorization",
							equalTo("token gho_16C7e42F292c6912E7710c838347Ae178B4a")));
					wm.verify(1, getRequestedFor(urlPathEqualTo("/user/emails")));
				});
	}

	static ProviderCase githubUnverifiedEmail() {
		return new ProviderCase("github-unverified-email", GitHubProvider.definition(), (wm) -> {
			wm.stubFor(post("/token").willReturn(okJson("{\"access_token\":\"gho_u\",\"scope\":\"user:email\",\"token_type\":\"bearer\"}")));
			wm.stubFor(get("/user").willReturn(okJson("{\"login\":\"mallory\",\"id\":3,\"name\":null,"
					+ "\"email\":\"ceo@example.com\",\"type\":\"User\"}")));
			wm.stubFor(get("/user/emails").willReturn(okJson("[{\"email\":\"ceo@example.com\",\"verified\":false,"
					+ "\"primary\":true,\"visibility\":\"public\"}]")));
		}, "3", new SocialDetails("mallory", "ceo@example.com", "", "", "", false),
				(wm) -> wm.verify(getRequestedFor(urlPathEqualTo("/user/emails"))));
	}

	static ProviderCase githubWithoutEmailScope() {
		return new ProviderCase("github-no-email-scope", GitHubProvider.definition(), (wm) -> {
			wm.stubFor(post("/token").willReturn(okJson("{\"access_token\":\"gho_n\",\"scope\":\"\",\"token_type\":\"bearer\"}")));
			wm.stubFor(get("/user").willReturn(okJson("{\"login\":\"octo\",\"id\":4,\"name\":null,"
					+ "\"email\":\"octo@example.com\",\"type\":\"User\"}")));
			wm.stubFor(get("/user/emails").willReturn(aResponse().withStatus(404)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\"}")));
		}, "4", new SocialDetails("octo", "octo@example.com", "", "", "", false),
				// GitHub answers 404 to an OAuth app's token without the scope: no call made to be refused.
				(wm) -> wm.verify(0, getRequestedFor(urlPathEqualTo("/user/emails"))));
	}

	static ProviderCase githubAppTokenWithoutScope() {
		// A GitHub App's user token reads emails by the app's permission, whatever its scope says.
		return new ProviderCase("github-app-token", GitHubProvider.definition(), (wm) -> {
			wm.stubFor(post("/token").willReturn(okJson("{\"access_token\":\"ghu_16C7e42F292c6912E7710c8\","
					+ "\"expires_in\":28800,\"refresh_token\":\"ghr_1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1\","
					+ "\"refresh_token_expires_in\":15811200,\"scope\":\"\",\"token_type\":\"bearer\"}")));
			wm.stubFor(get("/user").willReturn(okJson("{\"login\":\"octo\",\"id\":5,\"name\":null,"
					+ "\"email\":\"octo@example.com\",\"type\":\"User\"}")));
			wm.stubFor(get("/user/emails").willReturn(okJson("[{\"email\":\"octo@example.com\",\"verified\":true,"
					+ "\"primary\":true,\"visibility\":\"public\"}]")));
		}, "5", new SocialDetails("octo", "octo@example.com", "", "", "", true),
				(wm) -> wm.verify(1, getRequestedFor(urlPathEqualTo("/user/emails"))));
	}

	static ProviderCase githubWithoutPublicEmailNorScope() {
		return new ProviderCase("github-private-email-no-scope", GitHubProvider.definition(), (wm) -> {
			wm.stubFor(post("/token").willReturn(okJson("{\"access_token\":\"gho_p\",\"scope\":\"read:user\",\"token_type\":\"bearer\"}")));
			wm.stubFor(get("/user")
				.willReturn(okJson("{\"login\":\"hubot\",\"id\":6,\"name\":null,\"email\":null,\"type\":\"User\"}")));
		}, "6", new SocialDetails("hubot", "", "", "", "", false),
				(wm) -> wm.verify(0, getRequestedFor(urlPathEqualTo("/user/emails"))));
	}

	static ProviderCase githubWithoutPublicEmail() {
		return new ProviderCase("github-private-email", GitHubProvider.definition(), (wm) -> {
			wm.stubFor(post("/token").willReturn(okJson("{\"access_token\":\"gho_x\",\"scope\":\"read:user,user:email\",\"token_type\":\"bearer\"}")));
			wm.stubFor(get("/user")
				.willReturn(okJson("{\"login\":\"hubot\",\"id\":2,\"name\":null,\"email\":null,\"type\":\"User\"}")));
			wm.stubFor(get("/user/emails").willReturn(okJson(
					"[{\"email\":\"hubot@users.noreply.github.com\",\"verified\":true,\"primary\":false,\"visibility\":null},"
							+ "{\"email\":\"hubot@example.com\",\"verified\":true,\"primary\":true,\"visibility\":\"private\"}]")));
		}, "2", new SocialDetails("hubot", "hubot@example.com", "", "", "", true), (wm) -> wm.verify(
				getRequestedFor(urlPathEqualTo("/user/emails")).withHeader("Authorization", equalTo("token gho_x"))));
	}

	static ProviderCase facebook() {
		String token = "EAAGm0PX4ZCpsBAtoken";
		return new ProviderCase("facebook", FacebookProvider.definition(), (wm) -> {
			wm.stubFor(get(urlPathEqualTo("/token")).willReturn(
					okJson("{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
			wm.stubFor(get(urlPathEqualTo("/user")).willReturn(okJson("{\"id\":\"10158000000000001\",\"name\":\"Jane Doe\","
					+ "\"email\":\"jane@example.com\",\"first_name\":\"Jane\",\"last_name\":\"Doe\"}")));
		}, "10158000000000001", new SocialDetails("Jane Doe", "jane@example.com", "Jane Doe", "Jane", "Doe"), (wm) -> {
			wm.verify(getRequestedFor(urlPathEqualTo("/token")).withQueryParam("code", equalTo("code-1"))
				.withQueryParam("client_id", equalTo("client-1"))
				.withQueryParam("client_secret", equalTo("secret-1"))
				.withQueryParam("redirect_uri", equalTo("https://app.example/cb")));
			wm.verify(getRequestedFor(urlPathEqualTo("/user")).withQueryParam("access_token", equalTo(token))
				.withQueryParam("fields", equalTo("id,name,email,first_name,last_name"))
				.withQueryParam("appsecret_proof", equalTo(FacebookProvider.appSecretProof("secret-1", token))));
		});
	}

	private static void token(WireMockExtension wm, String accessToken) {
		wm.stubFor(post("/token").willReturn(okJson("{\"access_token\":\"" + accessToken
				+ "\",\"token_type\":\"bearer\",\"expires_in\":3600,\"refresh_token\":\"r-1\"}")));
	}

	static ProviderCase microsoftGraph() {
		return new ProviderCase("microsoft-graph", MicrosoftGraphProvider.definition(), (wm) -> {
			token(wm, "EwB4A8l6");
			wm.stubFor(get("/user").willReturn(okJson("{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#users/$entity\","
					+ "\"businessPhones\":[],\"displayName\":\"Adele Vance\",\"givenName\":\"Adele\",\"jobTitle\":null,"
					+ "\"mail\":\"AdeleV@contoso.com\",\"surname\":\"Vance\",\"userPrincipalName\":\"AdeleV@contoso.onmicrosoft.com\","
					+ "\"id\":\"87d349ed-44d7-43e1-9a83-5f2406dee5bd\"}")));
		}, "87d349ed-44d7-43e1-9a83-5f2406dee5bd",
				new SocialDetails("AdeleV", "AdeleV@contoso.com", "Adele Vance", "Adele", "Vance"),
				(wm) -> wm.verify(getRequestedFor(urlPathEqualTo("/user")).withHeader("Authorization",
						equalTo("Bearer EwB4A8l6"))));
	}

	static ProviderCase gitlab() {
		return new ProviderCase("gitlab", GitLabProvider.definition(), (wm) -> {
			token(wm, "glpat-1");
			wm.stubFor(get(urlPathEqualTo("/user")).willReturn(okJson("{\"id\":1,\"username\":\"john_smith\","
					+ "\"email\":\"john@example.com\",\"name\":\"John Smith\",\"state\":\"active\","
					+ "\"web_url\":\"http://localhost:3000/john_smith\",\"confirmed_at\":\"2012-05-23T09:05:22Z\"}")));
		}, "1", new SocialDetails("john_smith", "john@example.com", "John Smith", "John", "Smith", true),
				(wm) -> wm.verify(getRequestedFor(urlPathEqualTo("/user")).withQueryParam("access_token",
						equalTo("glpat-1"))));
	}

	static ProviderCase discord() {
		return new ProviderCase("discord", DiscordProvider.definition(), (wm) -> {
			token(wm, "6qrZcUqja7812RVdnEKjpzOL4CvHBFG");
			wm.stubFor(get("/user").willReturn(okJson("{\"id\":\"80351110224678912\",\"username\":\"nelly\","
					+ "\"discriminator\":\"0\",\"global_name\":\"Nelly\",\"avatar\":\"8342729096ea3675442027381ff50dfe\","
					+ "\"verified\":true,\"email\":\"nelly@discord.com\",\"flags\":64}")));
		}, "80351110224678912", new SocialDetails("nelly", "nelly@discord.com", "", "", "", true), (wm) -> wm.verify(
				getRequestedFor(urlPathEqualTo("/user")).withHeader("Authorization", equalTo("Bearer 6qrZcUqja7812RVdnEKjpzOL4CvHBFG"))));
	}

	static ProviderCase bitbucket() {
		return new ProviderCase("bitbucket-oauth2", BitbucketProvider.definition(), (wm) -> {
			token(wm, "bb-1");
			wm.stubFor(get("/user").willReturn(okJson("{\"type\":\"user\",\"username\":\"evzijst\","
					+ "\"display_name\":\"Erik van Zijst\",\"uuid\":\"{d301aafa-d676-4ee0-88be-962be7417567}\","
					+ "\"account_id\":\"557058:1\"}")));
			wm.stubFor(get("/user/emails").willReturn(okJson("{\"pagelen\":10,\"values\":[{\"is_primary\":false,"
					+ "\"is_confirmed\":true,\"type\":\"email\",\"email\":\"old@example.com\"},{\"is_primary\":true,"
					+ "\"is_confirmed\":true,\"type\":\"email\",\"email\":\"erik@example.com\"}],\"page\":1,\"size\":2}")));
		}, "{d301aafa-d676-4ee0-88be-962be7417567}",
				new SocialDetails("evzijst", "erik@example.com", "Erik van Zijst", "Erik", "van Zijst", true),
				(wm) -> wm.verify(postRequestedFor(urlPathEqualTo("/token"))
					.withHeader("Authorization", equalTo("Basic Y2xpZW50LTE6c2VjcmV0LTE="))
					.withFormParam("client_secret", equalTo("secret-1"))));
	}

	static ProviderCase spotify() {
		return new ProviderCase("spotify", SpotifyProvider.definition(), (wm) -> {
			token(wm, "BQD-spotify");
			wm.stubFor(get("/user").willReturn(okJson("{\"country\":\"SE\",\"display_name\":\"JM Wizzler\","
					+ "\"email\":\"email@example.com\",\"id\":\"wizzler\",\"product\":\"premium\",\"type\":\"user\"}")));
		}, "wizzler", new SocialDetails("wizzler", "email@example.com", "JM Wizzler", "JM", "Wizzler"),
				(wm) -> wm.verify(postRequestedFor(urlPathEqualTo("/token"))
					.withHeader("Authorization", equalTo("Basic Y2xpZW50LTE6c2VjcmV0LTE="))
					.withFormParam("client_id", equalTo("client-1"))));
	}

	static ProviderCase reddit() {
		return new ProviderCase("reddit", RedditProvider.definition(), (wm) -> {
			token(wm, "reddit-1");
			wm.stubFor(get("/user").willReturn(okJson("{\"id\":\"4gf9a\",\"name\":\"spez\",\"created_utc\":1118030400.0,"
					+ "\"verified\":true,\"has_verified_email\":true}")));
		}, "4gf9a", new SocialDetails("spez", "", "", "", ""),
				(wm) -> wm.verify(postRequestedFor(urlPathEqualTo("/token"))
					.withHeader("Authorization", equalTo("Basic Y2xpZW50LTE6c2VjcmV0LTE="))
					.withFormParam("client_secret", absent())));
	}

	static ProviderCase amazon() {
		return new ProviderCase("amazon", AmazonProvider.definition(), (wm) -> {
			token(wm, "Atza|IQEB");
			wm.stubFor(get(urlPathEqualTo("/user")).willReturn(okJson("{\"user_id\":\"amzn1.account.K2LI23KL2LK2\","
					+ "\"email\":\"mhashimoto-04@plaxo.com\",\"name\":\"Mork Hashimoto\",\"postal_code\":\"98052\"}")));
		}, "amzn1.account.K2LI23KL2LK2",
				new SocialDetails("Mork Hashimoto", "mhashimoto-04@plaxo.com", "Mork Hashimoto", "Mork", "Hashimoto"),
				(wm) -> wm.verify(getRequestedFor(urlPathEqualTo("/user")).withQueryParam("access_token", equalTo("Atza|IQEB"))));
	}

	static ProviderCase amazonWrappedProfile() {
		return new ProviderCase("amazon-profile-wrapper", AmazonProvider.definition(), (wm) -> {
			token(wm, "Atza|old");
			wm.stubFor(get(urlPathEqualTo("/user")).willReturn(okJson("{\"Profile\":{\"CustomerId\":\"amzn1.account.OLD\","
					+ "\"Name\":\"Old Style\",\"PrimaryEmail\":\"old@example.com\"},\"RequestId\":\"r-1\"}")));
		}, "amzn1.account.OLD", new SocialDetails("Old Style", "old@example.com", "Old Style", "Old", "Style"), (wm) -> {
		});
	}

	static ProviderCase twitterOAuth2() {
		return new ProviderCase("twitter-oauth2", TwitterOAuth2Provider.definition(), (wm) -> {
			token(wm, "bWRoaGV4");
			wm.stubFor(get(urlPathEqualTo("/user")).willReturn(okJson("{\"data\":{\"id\":\"2244994945\","
					+ "\"name\":\"X Dev\",\"username\":\"TwitterDev\"}}")));
		}, "2244994945", new SocialDetails("TwitterDev", "", "X Dev", "X", "Dev"), (wm) -> {
			wm.verify(postRequestedFor(urlPathEqualTo("/token")).withHeader("Authorization",
					equalTo("Basic Y2xpZW50LTE6c2VjcmV0LTE=")));
			wm.verify(getRequestedFor(urlPathEqualTo("/user")).withQueryParam("user.fields", containing("username")));
		});
	}

	static ProviderCase kakao() {
		return new ProviderCase("kakao", KakaoProvider.definition(), (wm) -> {
			token(wm, "kakao-1");
			wm.stubFor(get("/user").willReturn(okJson("{\"id\":123456789,\"connected_at\":\"2022-04-11T01:45:28Z\","
					+ "\"properties\":{\"nickname\":\"홍길동\"},\"kakao_account\":{\"profile_nickname_needs_agreement\":false,"
					+ "\"email\":\"sample@sample.com\",\"is_email_valid\":true,\"is_email_verified\":true}}")));
		}, "123456789", new SocialDetails("홍길동", "sample@sample.com", "홍길동", "길동", "홍", true),
				(wm) -> wm.verify(postRequestedFor(urlPathEqualTo("/token")).withFormParam("redirect_uri", absent())
					.withFormParam("code", equalTo("code-1"))));
	}

	static ProviderCase vk() {
		return new ProviderCase("vk-oauth2", VkProvider.definition(), (wm) -> {
			wm.stubFor(post("/token").willReturn(okJson("{\"access_token\":\"533bacf01e1\",\"expires_in\":43200,"
					+ "\"user_id\":66748,\"email\":\"durov@vk.com\"}")));
			wm.stubFor(get(urlPathEqualTo("/user")).willReturn(okJson("{\"response\":[{\"id\":66748,\"first_name\":\"Pavel\","
					+ "\"last_name\":\"Durov\",\"screen_name\":\"durov\",\"can_access_closed\":true}]}")));
		}, "66748", new SocialDetails("durov", "durov@vk.com", "Pavel Durov", "Pavel", "Durov"),
				(wm) -> wm.verify(getRequestedFor(urlPathEqualTo("/user")).withQueryParam("v", equalTo("5.131"))
					.withQueryParam("access_token", equalTo("533bacf01e1"))));
	}

	static ProviderCase instagram() {
		return new ProviderCase("instagram", InstagramProvider.definition(), (wm) -> {
			wm.stubFor(post("/token").willReturn(okJson("{\"access_token\":\"IGQVJ\",\"user_id\":17841405793187218}")));
			wm.stubFor(get(urlPathEqualTo("/user"))
				.willReturn(okJson("{\"id\":\"17841405793187218\",\"username\":\"jayposiris\"}")));
		}, "17841405793187218", new SocialDetails("jayposiris", "", "", "", ""),
				(wm) -> wm.verify(getRequestedFor(urlPathEqualTo("/user")).withQueryParam("fields", equalTo("id,username"))));
	}

	static ProviderCase line() {
		return new ProviderCase("line", LineProvider.definition(), (wm) -> {
			token(wm, "bNl4YEFPI");
			wm.stubFor(get("/user").willReturn(okJson("{\"userId\":\"U4af4980629\",\"displayName\":\"Brown Cony\","
					+ "\"pictureUrl\":\"https://profile.line-scdn.net/abcdefghijklmn\",\"statusMessage\":\"Hello, LINE!\"}")));
		}, "U4af4980629", new SocialDetails("U4af4980629", "", "Brown Cony", "Brown", "Cony"),
				(wm) -> wm.verify(getRequestedFor(urlPathEqualTo("/user")).withHeader("Authorization", equalTo("Bearer bNl4YEFPI"))));
	}

	static ProviderCase salesforce() {
		return new ProviderCase("salesforce-oauth2", SalesforceProvider.definition(), (wm) -> {
			String identity = wm.baseUrl() + "/id/00Dx0000000BV7z/005x00000012Q9P";
			wm.stubFor(post("/token").willReturn(okJson("{\"access_token\":\"00Dx0000000BV7z!AR8AQP0jITN80ESEsj5EbaZTFG0R\","
					+ "\"instance_url\":\"https://yourInstance.salesforce.com\",\"id\":\"" + identity + "\","
					+ "\"token_type\":\"Bearer\",\"issued_at\":\"1278448101416\"}")));
			wm.stubFor(get("/id/00Dx0000000BV7z/005x00000012Q9P").willReturn(okJson("{\"id\":\"" + identity + "\","
					+ "\"user_id\":\"005x00000012Q9P\",\"organization_id\":\"00Dx0000000BV7z\",\"username\":\"admin@acme.com\","
					+ "\"display_name\":\"Alan Van\",\"email\":\"admin@acme.com\",\"email_verified\":true,\"first_name\":\"Alan\",\"last_name\":\"Van\"}")));
		}, null, new SocialDetails("admin@acme.com", "admin@acme.com", "Alan Van", "Alan", "Van", true),
				(wm) -> wm.verify(getRequestedFor(urlPathEqualTo("/id/00Dx0000000BV7z/005x00000012Q9P"))
					.withHeader("Authorization", equalTo("Bearer 00Dx0000000BV7z!AR8AQP0jITN80ESEsj5EbaZTFG0R"))));
	}

	static ProviderCase dropbox() {
		return new ProviderCase("dropbox-oauth2", DropboxProvider.definition(), (wm) -> {
			wm.stubFor(post("/token").willReturn(okJson("{\"access_token\":\"sl.u.AbX9y6Fe3AuH5o66\",\"expires_in\":14400,"
					+ "\"token_type\":\"bearer\",\"scope\":\"account_info.read\",\"account_id\":\"dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc\","
					+ "\"uid\":\"12345\"}")));
			wm.stubFor(post("/user").willReturn(okJson("{\"account_id\":\"dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc\","
					+ "\"name\":{\"given_name\":\"Franz\",\"surname\":\"Ferdinand\",\"familiar_name\":\"Franz\","
					+ "\"display_name\":\"Franz Ferdinand (Personal)\",\"abbreviated_name\":\"FF\"},"
					+ "\"email\":\"franz@dropbox.com\",\"email_verified\":true,\"disabled\":false}")));
		}, "12345", new SocialDetails("dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc", "franz@dropbox.com",
				"Franz Ferdinand (Personal)", "Franz", "Ferdinand", true),
				(wm) -> wm.verify(postRequestedFor(urlPathEqualTo("/user")).withHeader("Authorization",
						equalTo("Bearer sl.u.AbX9y6Fe3AuH5o66"))));
	}

	static ProviderCase weixin() {
		return new ProviderCase("weixin", WeixinProvider.definition(), (wm) -> {
			wm.stubFor(get(urlPathEqualTo("/token")).willReturn(okJson("{\"access_token\":\"ACCESS_TOKEN\",\"expires_in\":7200,"
					+ "\"refresh_token\":\"REFRESH_TOKEN\",\"openid\":\"OPENID\",\"scope\":\"snsapi_login\",\"unionid\":\"o6_bmasdasdsad6_2sgVt7hMZOPfL\"}")));
			wm.stubFor(get(urlPathEqualTo("/user")).willReturn(okJson("{\"openid\":\"OPENID\",\"nickname\":\"NICKNAME\",\"sex\":1,"
					+ "\"province\":\"PROVINCE\",\"city\":\"CITY\",\"country\":\"COUNTRY\",\"headimgurl\":\"https://thirdwx.qlogo.cn/0\","
					+ "\"privilege\":[],\"unionid\":\"o6_bmasdasdsad6_2sgVt7hMZOPfL\"}")));
		}, "OPENID", new SocialDetails("NICKNAME", "", "", "", ""), (wm) -> {
			wm.verify(getRequestedFor(urlPathEqualTo("/token")).withQueryParam("appid", equalTo("client-1"))
				.withQueryParam("secret", equalTo("secret-1"))
				.withQueryParam("code", equalTo("code-1"))
				.withQueryParam("client_id", absent()));
			wm.verify(getRequestedFor(urlPathEqualTo("/user")).withQueryParam("openid", equalTo("OPENID")));
		});
	}

	static ProviderCase google() {
		return new ProviderCase("google-oauth2", GoogleProvider.definition(), (wm) -> {
			wm.stubFor(post("/token").willReturn(okJson("{\"access_token\":\"ya29.a0AfH6SM\",\"expires_in\":3599,"
					+ "\"scope\":\"https://www.googleapis.com/auth/userinfo.email\",\"token_type\":\"Bearer\"}")));
			wm.stubFor(get("/user").willReturn(okJson("{\"sub\":\"110169484474386276334\",\"name\":\"Jane Doe\","
					+ "\"given_name\":\"Jane\",\"family_name\":\"Doe\",\"picture\":\"https://lh3.googleusercontent.com/a/x\","
					+ "\"email\":\"jane.doe@gmail.com\",\"email_verified\":true,\"locale\":\"en\"}")));
		}, "110169484474386276334", new SocialDetails("jane.doe", "jane.doe@gmail.com", "Jane Doe", "Jane", "Doe", true),
				(wm) -> {
			wm.verify(postRequestedFor(urlPathEqualTo("/token")).withFormParam("client_secret", equalTo("secret-1")));
			wm.verify(getRequestedFor(urlPathEqualTo("/user")).withHeader("Authorization",
					equalTo("Bearer ya29.a0AfH6SM")));
		});
	}

}
