package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.util.List;

import io.restsocial.core.oauth2.ClientAuthenticationMethod;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

import org.springframework.http.MediaType;
import org.springframework.web.util.UriComponentsBuilder;

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
			.userInfoLoader((provider, accessToken, tokenResponse) -> {
				URI uri = UriComponentsBuilder.fromUriString(provider.userInfoUri())
					.queryParam("access_token", accessToken)
					.queryParam("openid", String.valueOf(tokenResponse.get("openid")))
					.encode()
					.build()
					.toUri();
				return provider.http()
					.get(provider.name(), uri, (headers) -> headers.setAccept(List.of(MediaType.APPLICATION_JSON)))
					.readObject(provider.name(), "user info");
			})
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "nickname"), "", "", null, null))
			.userIdMapper(UserIdMapper.key("openid"))
			.build();
	}

}
