package io.restsocial.core.provider.builtin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.restsocial.core.TestHttp;
import io.restsocial.core.oauth2.OAuth2Provider;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.ProviderRegistration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a built-in provider registered with nothing but a client id and secret sends the user to:
 * its own authorization endpoint, python-social-auth's default scope joined by its
 * {@code SCOPE_SEPARATOR}, and a PKCE challenge where python-social-auth's backend uses PKCE by
 * default. The token and user endpoints the contracts override are the definition's defaults.
 */
class AuthorizationUrlDefaultsTests {

	private static final String REDIRECT_URI = "https://app.example/cb";

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			mailchimp            | https://login.mailchimp.com/oauth2/authorize         | -                                       | a b | false
			openstreetmap-oauth2 | https://www.openstreetmap.org/oauth2/authorize       | read_prefs                              | a b | true
			etsy                 | https://www.etsy.com/oauth/connect                   | -                                       | a b | true
			seznam-oauth2        | https://login.szn.cz/api/v1/oauth/auth               | identity                                | a b | false
			uber                 | https://login.uber.com/oauth/authorize               | -                                       | a b | false
			lyft                 | https://api.lyft.com/oauth/authorize                 | public profile rides.read rides.request | a b | false
			mendeley-oauth2      | https://api-oauth2.mendeley.com/oauth/authorize      | all                                     | a+b | false
			kick                 | https://id.kick.com/oauth/authorize                  | user:read                               | a b | true
			monzo                | https://auth.getmondo.co.uk/                         | -                                       | a b | false
			arcgis               | https://www.arcgis.com/sharing/rest/oauth2/authorize | -                                       | a b | false
			chatwork             | https://www.chatwork.com/packages/oauth2/login.php   | users.profile.me:read                   | a b | false
			coursera             | https://accounts.coursera.org/oauth2/v1/auth         | view_profile                            | a,b | false
			douban-oauth2        | https://www.douban.com/service/auth2/auth            | -                                       | a b | false
			gitea                | https://gitea.com/login/oauth/authorize              | -                                       | a,b | false
			grafana              | https://grafana.com/oauth2/authorize                 | profile,email                           | a,b | false
			mailru               | https://oauth.mail.ru/login                          | -                                       | a b | false
			mailru-oauth2        | https://connect.mail.ru/oauth/authorize              | -                                       | a b | false
			mapmyfitness         | https://www.mapmyfitness.com/v7.0/oauth2/authorize   | -                                       | a b | false
			musicbrainz          | https://musicbrainz.org/oauth2/authorize             | profile email                           | a b | false
			box                  | https://www.box.com/api/oauth2/authorize             | -                                       | a,b | false
			foursquare           | https://foursquare.com/oauth2/authenticate           | -                                       | a b | false
			naver                | https://nid.naver.com/oauth2.0/authorize             | -                                       | a b | false
			odnoklassniki-oauth2 | https://connect.ok.ru/oauth/authorize                | -                                       | a;b | false
			disqus               | https://disqus.com/api/oauth/2.0/authorize/          | -                                       | a,b | false
			dailymotion          | https://api.dailymotion.com/oauth/authorize          | -                                       | a b | false
			fitbit               | https://www.fitbit.com/oauth2/authorize              | profile                                 | a b | false
			hubspot              | https://app.hubspot.com/oauth/authorize              | oauth                                   | a b | false
			mixcloud             | https://www.mixcloud.com/oauth/authorize             | -                                       | a b | false
			linkedin-oauth2      | https://www.linkedin.com/oauth/v2/authorization      | r_liteprofile                           | a b | false
			""")
	void authorizationUrlWhenOnlyClientIdAndSecretThenProviderDefaults(String name, String authorizationUri,
			String defaultScope, String joinedScope, boolean pkce) {
		OAuth2ProviderDefinition definition = BuiltInProviders.oauth2().get(name);
		assertThat(definition).as("built-in provider %s", name).isNotNull();
		OAuth2Provider provider = new OAuth2Provider(definition, keysOnly(name, null), TestHttp.client());

		UriComponents url = UriComponentsBuilder
			.fromUriString(provider.authorizationUrl(REDIRECT_URI, "state-1", null, pkce ? "challenge-1" : null)
				.orElseThrow())
			.build();

		assertThat(url.toUriString()).startsWith(authorizationUri);
		Map<String, String> query = decoded(url.getQueryParams());
		assertThat(query).containsEntry("client_id", "client-1")
			.containsEntry("redirect_uri", REDIRECT_URI)
			.containsEntry("state", "state-1")
			.containsEntry("response_type", "code");
		if (defaultScope != null) {
			assertThat(query).containsEntry("scope", defaultScope);
		}
		else {
			assertThat(query).doesNotContainKey("scope");
		}
		assertThat(provider.usesPkce()).as("PKCE by default").isEqualTo(pkce);
		assertThat(provider.clientRegistration().getProviderDetails().getTokenUri()).isEqualTo(definition.getTokenUri())
			.startsWith("https://");
		assertThat(provider.clientRegistration().getProviderDetails().getUserInfoEndpoint().getUri())
			.isEqualTo(definition.getUserInfoUri())
			.startsWith("https://");

		OAuth2Provider scoped = new OAuth2Provider(definition, keysOnly(name, List.of("a", "b")), TestHttp.client());
		String scopedUrl = scoped.authorizationUrl(REDIRECT_URI, "state-2", null, null).orElseThrow();
		assertThat(decoded(UriComponentsBuilder.fromUriString(scopedUrl).build().getQueryParams()))
			.as("scopes joined by the provider's separator")
			.containsEntry("scope", joinedScope);
	}

	private static ProviderRegistration keysOnly(String name, List<String> scope) {
		return ProviderRegistration.withName(name).clientId("client-1").clientSecret("secret-1").scope(scope).build();
	}

	private static Map<String, String> decoded(MultiValueMap<String, String> query) {
		return query.toSingleValueMap()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(entry) -> UriUtils.decode(entry.getValue(), StandardCharsets.UTF_8)));
	}

}
