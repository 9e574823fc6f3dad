package io.restsocial.core.provider.builtin;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restsocial.core.error.ProviderException;
import io.restsocial.core.oauth2.JwtAccessTokenSettings;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * EVE Online's single sign-on v2 ({@code eveonline}): the access token is a JWT that names the
 * character, checked before it is read (signature by the keys at
 * {@code https://login.eveonline.com/oauth/jwks}, an issuer of {@code login.eveonline.com} or
 * {@code https://login.eveonline.com}, this application's client id among its audiences, its
 * expiry), as EVE's documentation asks; no other call is made. The client authenticates with
 * HTTP Basic.
 * <p>
 * python-social-auth calls SSO v1's {@code /oauth/verify}, which EVE retired, for the same
 * character: its uid, {@code CharacterID}, is the number in the token's
 * {@code sub} ({@code CHARACTER:EVE:<id>}), so accounts python-social-auth stored keep their
 * uid; a token whose {@code sub} names no character is refused. The username and full name are
 * the character's {@code name} (python-social-auth's {@code CharacterName}), split into first and
 * last names; EVE gives no email. The token's {@code owner} hash, which changes when the
 * character is sold to another account, is kept in the login's response.
 *
 * @see <a href="https://docs.esi.evetech.net/docs/sso/validating_eve_jwt.html">Validating JWT tokens from the
 * EVE SSO</a>
 */
public final class EveOnlineProvider {

	/** The wire name. */
	public static final String NAME = "eveonline";

	private static final Pattern CHARACTER = Pattern.compile("CHARACTER:EVE:(\\d+)");

	private EveOnlineProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://login.eveonline.com/v2/oauth/authorize")
			.tokenUri("https://login.eveonline.com/v2/oauth/token")
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.jwtAccessToken(new JwtAccessTokenSettings(List.of("login.eveonline.com", "https://login.eveonline.com"),
					"https://login.eveonline.com/oauth/jwks"))
			.userInfoLoader(UserInfoLoader.none())
			.detailsMapper((claims) -> SocialDetails.of(Values.string(claims, "name"), "",
					Values.string(claims, "name"), null, null))
			.userIdMapper((details, claims) -> {
				Matcher character = CHARACTER.matcher(Values.string(claims, "sub"));
				if (!character.matches()) {
					throw new ProviderException(NAME, "EVE Online's access token names no character (sub)", null);
				}
				return character.group(1);
			})
			.build();
	}

}
