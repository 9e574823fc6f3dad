package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

/**
 * Quizlet ({@code quizlet}): the token response names the user, and no other call is made; as
 * in python-social-auth the uid and the username are its {@code user_id} (Quizlet's username).
 * Quizlet gives no email nor names.
 *
 * @see <a href="https://quizlet.com/api/2.0/docs/authorization-code-flow">Quizlet's authorization
 * code flow</a>
 */
public final class QuizletProvider {

	/** The wire name. */
	public static final String NAME = "quizlet";

	private QuizletProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://quizlet.com/authorize")
			.tokenUri("https://api.quizlet.com/oauth/token")
			.scope("read")
			.userInfoLoader(UserInfoLoader.none())
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "user_id"), "", "", null, null))
			.userIdMapper(UserIdMapper.key("user_id"))
			.build();
	}

}
