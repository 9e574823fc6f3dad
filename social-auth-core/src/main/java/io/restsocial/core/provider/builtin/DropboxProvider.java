package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

import org.springframework.http.MediaType;

/**
 * Dropbox ({@code dropbox-oauth2}): user from the RPC endpoint
 * {@code users/get_current_account} (a POST with no body); the uid is the token response's
 * {@code uid}; the email is verified by the account's {@code email_verified}.
 */
public final class DropboxProvider {

	/** The wire name. */
	public static final String NAME = "dropbox-oauth2";

	private DropboxProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://www.dropbox.com/oauth2/authorize")
			.tokenUri("https://api.dropboxapi.com/oauth2/token")
			.userInfoUri("https://api.dropboxapi.com/2/users/get_current_account")
			.userInfoLoader((request) -> request.read(request.http()
				.post(request.provider(), URI.create(request.userInfoUri()), (headers) -> {
					headers.setBearerAuth(request.accessToken());
					headers.setAccept(List.of(MediaType.APPLICATION_JSON));
				}), "user info"))
			.detailsMapper((response) -> {
				Map<?, ?> name = Values.map(response, "name");
				return SocialDetails.of(Values.string(response, "account_id"), Values.string(response, "email"),
						Values.string(name, "display_name"), Values.string(name, "given_name"),
						Values.string(name, "surname"))
					.withEmailVerified(Values.isTrue(response, "email_verified"));
			})
			.userIdMapper(UserIdMapper.key("uid"))
			.build();
	}

}
