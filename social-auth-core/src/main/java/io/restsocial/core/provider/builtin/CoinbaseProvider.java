package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

/**
 * Coinbase ({@code coinbase}): user from {@code /v2/user}, asked with the {@code CB-VERSION}
 * header (the {@code api-version} setting, by default python-social-auth's {@code 2022-01-06});
 * the uid is {@code data.id}, the username {@code data.username}, the names split from
 * {@code data.name}, and the email {@code data.email} (with the {@code wallet:user:email} scope),
 * which Coinbase does not say is verified: it counts as unverified.
 *
 * @see <a href="https://docs.cdp.coinbase.com/coinbase-app/oauth2-integration/overview">Coinbase App OAuth2</a>
 */
public final class CoinbaseProvider {

	/** The wire name. */
	public static final String NAME = "coinbase";

	/** The setting that overrides the {@code CB-VERSION} of the user request. */
	public static final String API_VERSION = "api-version";

	private CoinbaseProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://login.coinbase.com/oauth2/auth")
			.tokenUri("https://login.coinbase.com/oauth2/token")
			.userInfoUri("https://api.coinbase.com/v2/user")
			.scope("wallet:user:read", "wallet:user:email")
			.scopeSeparator(",")
			.userInfoLoader((request) -> request.getObject(URI.create(request.userInfoUri()), (headers) -> {
				headers.setBearerAuth(request.accessToken());
				headers.set("CB-VERSION", request.setting(API_VERSION, "2022-01-06"));
			}, "user info"))
			.detailsMapper((response) -> {
				Map<?, ?> data = Values.map(response, "data");
				return SocialDetails.of(Values.string(data, "username"), Values.string(data, "email"),
						Values.string(data, "name"), null, null);
			})
			.userIdMapper((details, response) -> Values.map(response, "data").get("id"))
			.build();
	}

}
