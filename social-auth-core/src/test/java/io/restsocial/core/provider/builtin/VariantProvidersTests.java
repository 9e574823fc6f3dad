package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.restsocial.core.TestHttp;
import io.restsocial.core.error.ProviderException;
import io.restsocial.core.oauth2.OAuth2Provider;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.ProviderRegistration;
import io.restsocial.core.provider.SocialDetails;
import org.junit.jupiter.api.Test;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What the variants' contracts cannot say: the authorization URL the front-end is sent to (scope
 * separators, PKCE, nonce), and what a registration that leaves out a self-hosted provider's URIs
 * or a tenant's issuer gets.
 */
class VariantProvidersTests {

	@Test
	void authorizationUrlWhenDefaultScopeThenJoinedAndNamedAsPythonSocialAuth() {
		Map<String, String> scopes = Map.of(CILogonProvider.NAME, "openid+email+profile+org.cilogon.userinfo",
				CoinbaseProvider.NAME, "wallet:user:read,wallet:user:email", GitHubEnterpriseOrgProvider.NAME,
				"read:org", AzureAdV2Provider.NAME, "User.Read profile openid email", OrcidProvider.NAME,
				"/authenticate", FedoraProvider.NAME, "openid profile email https://id.fedoraproject.org/scope/agreements "
						+ "https://id.fedoraproject.org/scope/groups");
		scopes.forEach((name, scope) -> assertThat(UriUtils.decode(
				query(provider(name).authorizationUrl("https://app.example/cb", "st-1", null, null).orElseThrow())
					.getFirst("scope"),
				StandardCharsets.UTF_8))
			.as(name)
			.isEqualTo(scope));
	}

	@Test
	void weixinAppWhenAuthorizationUrlThenOfficialAccountsPageEndingWithWechatRedirect() {
		String url = provider(WeixinAppProvider.NAME).authorizationUrl("https://app.example/cb", "st-1", null, null)
			.orElseThrow();

		assertThat(url).startsWith("https://open.weixin.qq.com/connect/oauth2/authorize?").endsWith("#wechat_redirect");
		assertThat(query(url).getFirst("state")).isEqualTo("st-1");
	}

	@Test
	void bitbucketDataCenterWhenStateIssuedThenPkceByDefault() {
		OAuth2Provider bitbucket = provider(BitbucketDataCenterProvider.NAME);
		assertThat(bitbucket.usesPkce()).isTrue();
		MultiValueMap<String, String> query = query(
				bitbucket.authorizationUrl("https://app.example/cb", "st-1", null, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
					.orElseThrow());
		assertThat(query.getFirst("code_challenge")).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
		assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
	}

	@Test
	void nonceWhenTheAppMakesItThenStatesIssueNoneElseOne() {
		assertThat(provider(FacebookLimitedLoginProvider.NAME).usesNonce()).isFalse();
		assertThat(provider(GoogleOpenIdConnectProvider.NAME).usesNonce()).isTrue();
		assertThat(provider(AzureAdV2Provider.NAME).usesNonce()).isTrue();
	}

	@Test
	void selfHostedWhenRegistrationSetsNoUrisThenNoEndpointResolves() {
		for (String name : List.of(GitHubEnterpriseProvider.NAME, GitHubEnterpriseOrgProvider.NAME,
				GitHubEnterpriseTeamProvider.NAME, BitbucketDataCenterProvider.NAME)) {
			OAuth2ProviderDefinition definition = BuiltInProviders.oauth2().get(name);
			// RFC 6761, section 6.4: no name under .invalid resolves, so no login reaches anyone.
			for (String uri : List.of(definition.getAuthorizationUri(), definition.getTokenUri(),
					definition.getUserInfoUri())) {
				assertThat(URI.create(uri).getHost()).as(name).endsWith(".invalid");
			}
		}
	}

	@Test
	void tenantProvidersWhenNoIssuerUriThenStartupFailsNamingIt() {
		for (String name : List.of(AzureAdTenantProvider.NAME, AzureAdV2TenantProvider.NAME, OktaOAuth2Provider.NAME,
				Auth0OpenIdConnectProvider.NAME)) {
			assertThatIllegalStateException()
				.isThrownBy(() -> new OAuth2Provider(BuiltInProviders.oauth2().get(name),
						ProviderRegistration.withName(name).clientId("client-1").clientSecret("secret-1").build(),
						TestHttp.client()))
				.as(name)
				.withMessageContaining("needs an issuer URI");
		}
	}

	@Test
	void azureAdVariantsWhenNoUpnForPythonSocialAuthsUidThenTheVariantRefuses() {
		for (String name : List.of(AzureAdProvider.NAME, AzureAdV2Provider.NAME)) {
			assertThatExceptionOfType(ProviderException.class)
				.isThrownBy(() -> BuiltInProviders.oauth2()
					.get(name)
					.getUserIdMapper()
					.userId(new SocialDetails("", "", "", "", ""), Map.of("sub", "s-1")))
				.satisfies((ex) -> assertThat(ex.getProvider()).isEqualTo(name));
		}
	}

	private static OAuth2Provider provider(String name) {
		return new OAuth2Provider(BuiltInProviders.oauth2().get(name),
				ProviderRegistration.withName(name).clientId("client-1").clientSecret("secret-1").build(),
				TestHttp.client());
	}

	private static MultiValueMap<String, String> query(String url) {
		return UriComponentsBuilder.fromUriString(url).build().getQueryParams();
	}

}
