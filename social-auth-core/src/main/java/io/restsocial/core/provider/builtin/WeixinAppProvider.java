package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;

/**
 * WeChat login inside WeChat's own browser ({@code weixinapp}, python-social-auth's
 * {@code WeixinOAuth2APP}): {@code weixin}'s token request, user info and mapping (uid the
 * {@code openid}), sent to the official accounts' authorization page
 * ({@code https://open.weixin.qq.com/connect/oauth2/authorize}), whose URL must end with
 * {@code #wechat_redirect}.
 *
 * @see <a href="https://developers.weixin.qq.com/doc/offiaccount/en/OA_Web_Apps/Wechat_webpage_authorization.html">WeChat
 * web page authorization</a>
 */
public final class WeixinAppProvider {

	/** The wire name. */
	public static final String NAME = "weixinapp";

	private WeixinAppProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.from(WeixinProvider.definition())
			.name(NAME)
			.authorizationUri("https://open.weixin.qq.com/connect/oauth2/authorize#wechat_redirect")
			.build();
	}

}
