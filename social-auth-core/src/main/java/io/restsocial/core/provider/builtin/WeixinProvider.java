package io.restsocial.core.provider.builtin;

import java.util.Map;

import io.restsocial.core.http.ProviderResponse;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.QueryTokenResponseClient;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * WeChat web login ({@code weixin}): the token request is a GET with {@code appid} and
 * {@code secret} and no {@code redirect_uri}; errors are a non-zero {@code errcode} in a 200
 * answer; the uid is the {@code openid} of the token response; WeChat gives no email.
 */
public final class WeixinProvider {

	/** The wire name. */
	public static final String NAME = "weixin";

	/** How WeChat reports errors: a non-zero {@code errcode}, with {@code errmsg} its text. */
	public static final ProviderResponse.Errors ERRORS = ProviderResponse.Errors
		.of((fields) -> fields.get("errcode") != null && !"0".equals(String.valueOf(fields.get("errcode"))), "errmsg");

	private WeixinProvider() {
	}

	// WeChat's token request: appid and secret for client_id and client_secret, no redirect_uri.
	private static MultiValueMap<String, String> tokenParameters(OAuth2AuthorizationCodeGrantRequest grantRequest) {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		parameters.set("appid", grantRequest.getClientRegistration().getClientId());
		parameters.set("secret", grantRequest.getClientRegistration().getClientSecret());
		parameters.set(OAuth2ParameterNames.CODE,
				grantRequest.getAuthorizationExchange().getAuthorizationResponse().getCode());
		parameters.set(OAuth2ParameterNames.GRANT_TYPE, grantRequest.getGrantType().getValue());
		return parameters;
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
			.tokenResponseClient((restClient) -> new QueryTokenResponseClient(restClient, WeixinProvider::tokenParameters))
			.errors(ERRORS)
			.userInfoLoader(UserInfoLoader.query((request) -> Map.of("access_token", request.accessToken(), "openid",
					String.valueOf(request.tokenResponse().get("openid")))))
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "nickname"), "", "", null, null))
			.userIdMapper(UserIdMapper.key("openid"))
			.build();
	}

}
