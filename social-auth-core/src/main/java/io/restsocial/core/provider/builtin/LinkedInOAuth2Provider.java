package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.restsocial.core.http.ProviderResponse;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoRequest;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * LinkedIn's legacy OAuth 2.0 sign-in ({@code linkedin-oauth2}), for applications that still
 * hold the {@code r_liteprofile} product LinkedIn retired in 2023; new applications use
 * {@code linkedin-openidconnect}. User from {@code https://api.linkedin.com/v2/me} with the
 * projection {@code (firstName,id,lastName)}, plus the fields of
 * {@code settings.field-selectors} (comma-separated, python-social-auth's
 * {@code FIELD_SELECTORS}); when they name {@code emailAddress} the first address of
 * {@code settings.emails-uri} ({@code /v2/emailAddress}) is the email. The uid is the member's
 * {@code id}; the names are the ones localized for the member's preferred locale, and, as in
 * python-social-auth, the username is both joined without a space. LinkedIn's
 * {@code serviceErrorCode} answers refuse the login. The email counts as unverified.
 * <p>
 * python-social-auth repeats the token request's form, client secret included, in its query
 * string; LinkedIn takes the form alone, which is what is sent here.
 *
 * @see <a href="https://learn.microsoft.com/en-us/linkedin/shared/authentication/authorization-code-flow">LinkedIn:
 * authorization code flow</a>
 */
public final class LinkedInOAuth2Provider {

	/** The wire name. */
	public static final String NAME = "linkedin-oauth2";

	/** The setting of further profile fields, comma-separated. */
	public static final String FIELD_SELECTORS = "field-selectors";

	/** The setting of the email addresses endpoint. */
	public static final String EMAILS_URI = "emails-uri";

	private static final String DEFAULT_EMAILS_URI = "https://api.linkedin.com/v2/emailAddress"
			+ "?q=members&projection=(elements*(handle~))";

	private static final ProviderResponse.Errors ERRORS = ProviderResponse.Errors.of(
			(fields) -> fields.get("error") != null || fields.get("serviceErrorCode") != null, "error",
			"error_description", "message");

	private LinkedInOAuth2Provider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://www.linkedin.com/oauth/v2/authorization")
			.tokenUri("https://www.linkedin.com/oauth/v2/accessToken")
			.userInfoUri("https://api.linkedin.com/v2/me")
			.scope("r_liteprofile")
			.errors(ERRORS)
			.userInfoLoader(LinkedInOAuth2Provider::profile)
			.detailsMapper((response) -> {
				String first = localized(response, "firstName").strip();
				String last = localized(response, "lastName").strip();
				return SocialDetails.of(first + last, Values.string(response, "emailAddress"), null, first, last);
			})
			.build();
	}

	private static Map<String, Object> profile(UserInfoRequest request) {
		// A sorted set, as python-social-auth's: LinkedIn refuses a field named twice.
		TreeSet<String> fields = new TreeSet<>(List.of("id", "firstName", "lastName"));
		for (String field : StringUtils.commaDelimitedListToStringArray(request.setting(FIELD_SELECTORS, ""))) {
			if (!field.isBlank()) {
				fields.add(field.strip());
			}
		}
		URI uri = UriComponentsBuilder.fromUriString(request.userInfoUri())
			.queryParam("projection", "(" + String.join(",", fields) + ")")
			.build()
			.encode()
			.toUri();
		Map<String, Object> profile = new LinkedHashMap<>(
				request.getObject(uri, (headers) -> headers.setBearerAuth(request.accessToken()), "profile"));
		if (fields.contains("emailAddress")) {
			String email = firstEmail(request.getObject(
					UriComponentsBuilder.fromUriString(request.setting(EMAILS_URI, DEFAULT_EMAILS_URI))
						.build()
						.encode()
						.toUri(),
					(headers) -> headers.setBearerAuth(request.accessToken()), "email address"));
			if (!email.isEmpty()) {
				profile.put("emailAddress", email);
			}
		}
		return profile;
	}

	// {"elements": [{"handle~": {"emailAddress": "..."}, "handle": "urn:li:emailAddress:..."}]}
	private static String firstEmail(Map<String, Object> answer) {
		if (answer.get("elements") instanceof List<?> elements) {
			for (Object element : elements) {
				String email = (element instanceof Map<?, ?> map)
						? Values.string(Values.map(map, "handle~"), "emailAddress") : "";
				if (!email.isEmpty()) {
					return email;
				}
			}
		}
		return "";
	}

	// {"localized": {"en_US": "Foo"}, "preferredLocale": {"country": "US", "language": "en"}}
	private static String localized(Map<String, Object> response, String key) {
		Map<?, ?> name = Values.map(response, key);
		Map<?, ?> locale = Values.map(name, "preferredLocale");
		return Values.string(Values.map(name, "localized"),
				Values.string(locale, "language") + "_" + Values.string(locale, "country"));
	}

}
