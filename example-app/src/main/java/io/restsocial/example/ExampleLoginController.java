package io.restsocial.example;

import java.util.List;
import java.util.Map;

import io.restsocial.boot.credential.CredentialIssuer;
import io.restsocial.boot.web.RedirectUriResolver;
import io.restsocial.boot.web.SocialLoginController;
import io.restsocial.core.login.SocialAuthenticator;
import io.restsocial.core.user.SocialAccount;
import io.restsocial.core.user.SocialAccountRepository;
import io.restsocial.core.user.SocialUser;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The second way to change the user JSON, for the login answers alone: subclass the login
 * controller and declare it as a bean; the starter's own then backs off. This one adds the
 * providers the user has linked to what the {@link io.restsocial.boot.web.SocialUserJson} bean
 * writes (the avatar, see {@link Avatars}), which is also what {@code /api/user/} answers.
 */
@Component
class ExampleLoginController extends SocialLoginController {

	private final SocialAccountRepository accounts;

	ExampleLoginController(SocialAuthenticator authenticator, RedirectUriResolver redirectUris,
			List<CredentialIssuer> issuers, JsonMapper json, SocialAccountRepository accounts) {
		super(authenticator, redirectUris, issuers, json);
		this.accounts = accounts;
	}

	@Override
	protected Map<String, Object> serializeUser(SocialUser user) {
		Map<String, Object> fields = super.serializeUser(user);
		fields.put("providers",
				this.accounts.findByUserId(user.idAsString()).stream().map(SocialAccount::provider).toList());
		return fields;
	}

	Map<String, Object> userJson(SocialUser user) {
		return serializeUser(user);
	}

}
