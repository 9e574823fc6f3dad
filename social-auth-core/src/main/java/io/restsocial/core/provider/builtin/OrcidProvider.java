package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.restsocial.core.error.ProviderException;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * ORCID ({@code orcid}): the uid is the ORCID iD the token response names in {@code orcid}; the
 * user's record is read from the public API ({@code https://pub.orcid.org/v2.0/<orcid>}, the
 * {@code record-uri} setting being its base) for the username (the record's
 * {@code orcid-identifier.path}), the names ({@code person.name}) and the primary email of
 * {@code person.emails}, which ORCID shows only when the user made it public. ORCID vouches for no
 * email here: it counts as unverified.
 * <p>
 * As python-social-auth, the user-info URL ({@code /oauth/userinfo}) is asked first, with the
 * token, for the {@code sub} whose record is read. A token response without an {@code orcid} is
 * refused, where python-social-auth would save the uid {@code "None"} and merge every such user.
 *
 * @see <a href="https://info.orcid.org/documentation/api-tutorials/api-tutorial-get-and-authenticated-orcid-id/">ORCID:
 * get an authenticated ORCID iD</a>
 */
public final class OrcidProvider {

	/** The wire name. */
	public static final String NAME = "orcid";

	/** The setting that overrides the base URL of the public records. */
	public static final String RECORD_URI = "record-uri";

	private OrcidProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return builder(NAME, "https://orcid.org", "https://pub.orcid.org/v2.0/").build();
	}

	/**
	 * A builder of ORCID on a host.
	 * @param name the wire name
	 * @param host the host of the authorization, token and userinfo endpoints
	 * @param records the default base URL of the public records
	 * @return the builder
	 */
	static OAuth2ProviderDefinition.Builder builder(String name, String host, String records) {
		return OAuth2ProviderDefinition.withName(name)
			.authorizationUri(host + "/oauth/authorize")
			.tokenUri(host + "/oauth/token")
			.userInfoUri(host + "/oauth/userinfo")
			.scope("/authenticate")
			.userInfoLoader(loader(records))
			.detailsMapper(OrcidProvider::details)
			.userIdMapper((details, response) -> {
				Object orcid = response.get("orcid");
				if (orcid == null || String.valueOf(orcid).isEmpty()) {
					throw new ProviderException(name, "ORCID gave no orcid: the account cannot log in here", null);
				}
				return orcid;
			});
	}

	private static UserInfoLoader loader(String records) {
		UserInfoLoader userInfo = UserInfoLoader.bearer();
		return (request) -> {
			String sub = Values.string(userInfo.load(request), "sub");
			if (sub.isEmpty()) {
				throw new ProviderException(request.provider(), "ORCID answered user info without a sub", null);
			}
			URI record = UriComponentsBuilder.fromUriString(request.setting(RECORD_URI, records))
				.pathSegment(sub)
				.queryParam("access_token", request.accessToken())
				.build()
				.encode()
				.toUri();
			return request.getObject(record, (headers) -> {
			}, "record");
		};
	}

	private static SocialDetails details(Map<String, Object> response) {
		Map<?, ?> person = Values.map(response, "person");
		Map<?, ?> name = Values.map(person, "name");
		String first = Values.string(Values.map(name, "given-names"), "value");
		String last = Values.string(Values.map(name, "family-name"), "value");
		return SocialDetails.of(Values.string(Values.map(response, "orcid-identifier"), "path"),
				primaryEmail(Values.map(person, "emails")), (first + " " + last).strip(), first, last);
	}

	// As python-social-auth: the primary address when there are several, else the first.
	private static String primaryEmail(Map<?, ?> emails) {
		if (!(emails.get("email") instanceof List<?> list) || list.isEmpty()) {
			return "";
		}
		if (list.size() > 1) {
			for (Object entry : list) {
				if (entry instanceof Map<?, ?> email && Values.isTrue(email, "primary")) {
					return Values.string(email, "email");
				}
			}
		}
		return (list.get(0) instanceof Map<?, ?> first) ? Values.string(first, "email") : "";
	}

}
