package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

/**
 * Taobao ({@code taobao}): the token response names the user; as in python-social-auth the uid
 * is its {@code taobao_user_id} and the username its {@code taobao_user_nick}. Taobao gives no
 * email nor names.
 * <p>
 * python-social-auth also calls {@code taobao.user.get} on the TOP router, unsigned, and keeps
 * nothing of the answer for the user; no such call is made here.
 *
 * @see <a href="https://open.taobao.com/doc.htm?docId=102635&amp;docType=1">Taobao's OAuth 2.0</a>
 */
public final class TaobaoProvider {

	/** The wire name. */
	public static final String NAME = "taobao";

	private TaobaoProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://oauth.taobao.com/authorize")
			.tokenUri("https://oauth.taobao.com/token")
			.userInfoLoader(UserInfoLoader.none())
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "taobao_user_nick"), "", "", null,
					null))
			.userIdMapper(UserIdMapper.key("taobao_user_id"))
			.build();
	}

}
