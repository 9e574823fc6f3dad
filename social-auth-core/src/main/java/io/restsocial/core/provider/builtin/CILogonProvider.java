package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.util.List;

import io.restsocial.core.error.ProviderException;
import io.restsocial.core.http.ProviderResponse;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * CILogon ({@code cilogon-oauth2}): the user is read by POSTing the access token to the userinfo
 * endpoint, as python-social-auth does; the uid is the {@code sub} and the {@code iss} joined by a
 * space, the username is the email, and the names are {@code given_name} and
 * {@code family_name}. CILogon relays the email of the user's home institution without vouching
 * for it here: it counts as unverified.
 * <p>
 * An answer without a {@code sub} is refused, where python-social-auth would save the uid
 * {@code " <iss>"} and merge every such user.
 *
 * @see <a href="https://www.cilogon.org/oidc">CILogon OpenID Connect</a>
 */
public final class CILogonProvider {

	/** The wire name. */
	public static final String NAME = "cilogon-oauth2";

	private CILogonProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://cilogon.org/authorize")
			.tokenUri("https://cilogon.org/oauth2/token")
			.userInfoUri("https://cilogon.org/oauth2/userinfo")
			.scope("openid", "email", "profile", "org.cilogon.userinfo")
			.scopeSeparator("+")
			.userInfoLoader((request) -> {
				// As python-social-auth: the token in a form POST, not in a header.
				MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
				form.set("access_token", request.accessToken());
				ProviderResponse answer = request.http()
					.postForm(request.provider(), URI.create(request.userInfoUri()),
							(headers) -> headers.setAccept(List.of(MediaType.APPLICATION_JSON)), form);
				return request.read(answer, "user info");
			})
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "email"),
					Values.string(response, "email"), null, Values.string(response, "given_name"),
					Values.string(response, "family_name")))
			.userIdMapper((details, response) -> {
				String sub = Values.string(response, "sub");
				if (sub.isEmpty()) {
					throw new ProviderException(NAME, "CILogon gave no sub: the account cannot log in here", null);
				}
				return sub + " " + Values.string(response, "iss");
			})
			.build();
	}

}
