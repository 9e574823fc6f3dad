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
 * How an application changes the user JSON: subclass the login controller and declare it as a
 * bean; the starter's own then backs off. This one adds the providers the user has linked and,
 * as the original's example project, the avatar its pipeline step saved ({@code social_thumb}).
 */
@Component
class ExampleLoginController extends SocialLoginController {

	private final SocialAccountRepository accounts;

	private final Avatars avatars;

	ExampleLoginController(SocialAuthenticator authenticator, RedirectUriResolver redirectUris,
			List<CredentialIssuer> issuers, JsonMapper json, SocialAccountRepository accounts, Avatars avatars) {
		super(authenticator, redirectUris, issuers, json);
		this.accounts = accounts;
		this.avatars = avatars;
	}

	@Override
	protected Map<String, Object> serializeUser(SocialUser user) {
		Map<String, Object> fields = super.serializeUser(user);
		fields.put("providers",
				this.accounts.findByUserId(user.idAsString()).stream().map(SocialAccount::provider).toList());
		fields.put("social_thumb", this.avatars.find(user).orElse(null));
		return fields;
	}

	Map<String, Object> userJson(SocialUser user) {
		return serializeUser(user);
	}

}
