package io.restsocial.core.provider.builtin;

import java.util.Map;

import io.restsocial.core.oauth2.ClientAuthenticationMethod;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

/**
 * WeChat web login ({@code weixin}): the token request is a GET with {@code appid} and
 * {@code secret}; the uid is the {@code openid} of the token response; WeChat gives no email.
 */
public final class WeixinProvider {

	/** The wire name. */
	public static final String NAME = "weixin";

	private WeixinProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://open.weixin.qq.com/connect/qrconnect")
			.tokenUri("https://api.weixin.qq.com/sns/oauth2/access_token")
			.userInfoUri("https://api.weixin.qq.com/sns/userinfo")
			.scope("snsapi_login")
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_QUERY)
			.clientCredentialParameters("appid", "secret")
			.sendRedirectUri(false)
			.userInfoLoader(UserInfoLoader.query((provider, accessToken, tokenResponse) -> Map.of("access_token",
					accessToken, "openid", String.valueOf(tokenResponse.get("openid")))))
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "nickname"), "", "", null, null))
			.userIdMapper(UserIdMapper.key("openid"))
			.build();
	}

}
