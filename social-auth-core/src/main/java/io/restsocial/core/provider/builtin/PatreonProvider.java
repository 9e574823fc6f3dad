package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoRequest;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Patreon ({@code patreon}): user from the API v2 {@code identity}, whose {@code data} is the
 * user; the uid is its {@code id}. As in python-social-auth the username is the
 * {@code full_name} attribute, and the email and names are the {@code email},
 * {@code full_name}, {@code first_name} and {@code last_name} attributes; the email is verified
 * when the attributes say {@code is_email_verified}.
 * <p>
 * Unlike python-social-auth, the request asks for those attributes
 * ({@code fields[user]}): API v2 answers only the attributes it is asked for, so without them
 * the user has no name nor email. The uid is the same.
 *
 * @see <a href="https://docs.patreon.com/#get-api-oauth2-v2-identity">Patreon's identity
 * endpoint</a>
 */
public final class PatreonProvider {

	/** The wire name. */
	public static final String NAME = "patreon";

	/** The user attributes asked for. */
	public static final String FIELDS = "email,first_name,full_name,last_name,is_email_verified";

	private PatreonProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://www.patreon.com/oauth2/authorize")
			.tokenUri("https://www.patreon.com/api/oauth2/token")
			.userInfoUri("https://www.patreon.com/api/oauth2/v2/identity")
			.userInfoLoader(PatreonProvider::identity)
			.detailsMapper((response) -> {
				Map<?, ?> attributes = Values.map(response, "attributes");
				String fullName = Values.string(attributes, "full_name");
				return new SocialDetails(fullName, Values.string(attributes, "email"), fullName,
						Values.string(attributes, "first_name"), Values.string(attributes, "last_name"),
						Values.isTrue(attributes, "is_email_verified"));
			})
			.build();
	}

	// The identity's "data", the user resource, as python-social-auth keeps it.
	private static Map<String, Object> identity(UserInfoRequest request) {
		URI uri = UriComponentsBuilder.fromUriString(request.userInfoUri())
			.queryParam("fields[user]", FIELDS)
			.build()
			.encode()
			.toUri();
		Map<String, Object> identity = request.getObject(uri,
				(headers) -> headers.setBearerAuth(request.accessToken()), "user info");
		Map<String, Object> user = new LinkedHashMap<>();
		Values.map(identity, "data").forEach((key, value) -> user.put(String.valueOf(key), value));
		return user;
	}

}
