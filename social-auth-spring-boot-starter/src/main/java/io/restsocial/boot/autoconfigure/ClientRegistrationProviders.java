package io.restsocial.boot.autoconfigure;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import io.restsocial.core.http.ProviderHttpClient;
import io.restsocial.core.oauth2.OAuth2Provider;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.oidc.IdTokenSettings;
import io.restsocial.core.provider.ProviderRegistration;
import io.restsocial.core.provider.SocialProvider;
import io.restsocial.core.provider.builtin.GenericOAuth2Provider;
import io.restsocial.core.provider.builtin.GoogleProvider;
import io.restsocial.core.provider.builtin.OidcProvider;
import io.restsocial.core.provider.builtin.OktaProvider;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.config.oauth2.client.CommonOAuth2Provider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthenticationMethod;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.util.StringUtils;

/**
 * Turns Spring Security's client registrations (Boot's
 * {@code spring.security.oauth2.client.registration.<id>}, or those of any
 * {@link ClientRegistrationRepository} bean) into REST-login providers, so that an application
 * that already describes its providers for {@code oauth2Login()} needs no
 * {@code rest.social.providers} entry.
 * <p>
 * Every {@code authorization_code} registration becomes a provider whose wire name is the
 * registration id:
 * <ul>
 * <li>an id that names a known definition (a built-in one such as {@code github}, or an
 * application's {@link OAuth2ProviderDefinition} bean) uses that definition, with the
 * registration's keys, scopes and endpoints (but for Spring's own defaults of a common provider,
 * older than the definition's); Spring's common ids {@code google} and {@code okta}, whose
 * python-social-auth names differ, use the {@code google-oauth2} and {@code okta-openidconnect}
 * definitions under the registration's id. The definition keeps its client authentication unless
 * Boot's {@code client-authentication-method} property sets one: Spring's common providers
 * otherwise fill in {@code client_secret_basic}, which says nothing of the application's
 * choice;</li>
 * <li>any other id whose scope has {@code openid}, or whose provider has an issuer or a JWK set
 * URI, is a generic OpenID Connect provider ({@link OidcProvider#builder(String)}) of the
 * registration's issuer;</li>
 * <li>any other one is a generic OAuth 2.0 provider read by standard claims
 * ({@link GenericOAuth2Provider}), its uid under the registration's user-name attribute.</li>
 * </ul>
 * The registration's client authentication method ({@code client_secret_basic},
 * {@code client_secret_post} or {@code none}, a public client that then always uses PKCE) is
 * respected by the generic providers, and by a known one when set explicitly. Registrations of
 * other grant types are not logins and are left out. A registration that cannot be mapped fails
 * start-up, naming its key.
 */
final class ClientRegistrationProviders {

	private static final String PREFIX = "spring.security.oauth2.client.registration.";

	private static final Bindable<Map<String, RegistrationKeys>> REGISTRATIONS = Bindable.mapOf(String.class,
			RegistrationKeys.class);

	// Spring's common provider ids whose python-social-auth wire name differs.
	private static final Map<String, String> COMMON_IDS = Map.of("google", GoogleProvider.NAME, "okta",
			OktaProvider.NAME);

	private final Map<String, OAuth2ProviderDefinition> definitions;

	private final Set<String> oauth1Names;

	private final Set<String> explicitClientAuthentication;

	/**
	 * Create the mapping.
	 * @param definitions the known OAuth 2.0 definitions by wire name
	 * @param oauth1Names the wire names of the known OAuth 1.0a providers, which a client
	 * registration cannot describe
	 * @param environment the environment, to learn which registrations set their
	 * {@code client-authentication-method}
	 */
	ClientRegistrationProviders(Map<String, OAuth2ProviderDefinition> definitions, Set<String> oauth1Names,
			Environment environment) {
		this.definitions = definitions;
		this.oauth1Names = oauth1Names;
		this.explicitClientAuthentication = new HashSet<>();
		bindRegistrations(environment).forEach((id, keys) -> {
			if (StringUtils.hasText(keys.getClientAuthenticationMethod())) {
				this.explicitClientAuthentication.add(id);
			}
		});
	}

	/**
	 * The registrations of a repository: all of them when it can be iterated (as Boot's
	 * {@code InMemoryClientRegistrationRepository} can), else those that Boot's
	 * {@code spring.security.oauth2.client.registration.<id>} properties name.
	 * @param repository the repository, or {@code null}
	 * @param environment the environment, for the registration ids
	 * @return the registrations
	 */
	static List<ClientRegistration> registrations(ClientRegistrationRepository repository, Environment environment) {
		if (repository == null) {
			return List.of();
		}
		List<ClientRegistration> registrations = new ArrayList<>();
		if (repository instanceof Iterable<?> iterable) {
			for (Object registration : iterable) {
				if (registration instanceof ClientRegistration clientRegistration) {
					registrations.add(clientRegistration);
				}
			}
			return registrations;
		}
		bindRegistrations(environment).keySet()
			.stream()
			.map(repository::findByRegistrationId)
			.filter(Objects::nonNull)
			.forEach(registrations::add);
		return registrations;
	}

	/**
	 * The providers of the registrations.
	 * @param registrations the client registrations
	 * @param taken the names of providers configured otherwise ({@code rest.social.providers}, or
	 * beans), which win over a registration of the same id
	 * @param http the client every provider call goes through
	 * @param clock the clock that judges ID tokens
	 * @return the providers
	 * @throws IllegalStateException when a registration cannot be mapped
	 */
	List<SocialProvider> asProviders(Collection<ClientRegistration> registrations, Set<String> taken,
			ProviderHttpClient http, Clock clock) {
		List<SocialProvider> providers = new ArrayList<>();
		for (ClientRegistration registration : registrations) {
			String id = registration.getRegistrationId();
			if (AuthorizationGrantType.AUTHORIZATION_CODE.equals(registration.getAuthorizationGrantType())
					&& !taken.contains(id)) {
				OAuth2ProviderDefinition known = knownDefinition(id);
				OAuth2ProviderDefinition definition = (known != null) ? withClientAuthentication(known, registration)
						: definition(registration);
				requireSecretForBasic(registration, definition);
				try {
					providers.add(new OAuth2Provider(definition, asRegistration(registration, known != null), http,
							clock));
				}
				catch (IllegalArgumentException | IllegalStateException ex) {
					throw new IllegalStateException(PREFIX + id + ": " + ex.getMessage(), ex);
				}
			}
		}
		return providers;
	}

	private static Map<String, RegistrationKeys> bindRegistrations(Environment environment) {
		return Binder.get(environment)
			.bind("spring.security.oauth2.client.registration", REGISTRATIONS)
			.orElse(Map.of());
	}

	// The definition an id names, directly or as one of Spring's common ids, served under the id.
	private OAuth2ProviderDefinition knownDefinition(String id) {
		OAuth2ProviderDefinition known = this.definitions.get(id);
		if (known == null && COMMON_IDS.containsKey(id) && this.definitions.containsKey(COMMON_IDS.get(id))) {
			return OAuth2ProviderDefinition.from(this.definitions.get(COMMON_IDS.get(id))).name(id).build();
		}
		return known;
	}

	// A known definition with the client authentication that Boot's properties set explicitly. A
	// public client (none) needs no change: asRegistration drops its secret, so only its client_id
	// is sent (and a provider that takes only Basic fails start-up, see requireSecretForBasic).
	private OAuth2ProviderDefinition withClientAuthentication(OAuth2ProviderDefinition known,
			ClientRegistration registration) {
		String id = registration.getRegistrationId();
		if (!this.explicitClientAuthentication.contains(id)) {
			return known;
		}
		ClientAuthenticationMethod method = clientAuthenticationMethod(id, registration);
		if (ClientAuthenticationMethod.NONE.equals(method) || method.equals(known.getClientAuthenticationMethod())) {
			return known;
		}
		return OAuth2ProviderDefinition.from(known).clientAuthenticationMethod(method).build();
	}

	// HTTP Basic needs a secret: a public client of a provider that takes only Basic cannot log in.
	private static void requireSecretForBasic(ClientRegistration registration, OAuth2ProviderDefinition definition) {
		boolean basic = ClientAuthenticationMethod.CLIENT_SECRET_BASIC.equals(definition.getClientAuthenticationMethod());
		boolean secret = StringUtils.hasText(registration.getClientSecret())
				&& !ClientAuthenticationMethod.NONE.equals(registration.getClientAuthenticationMethod());
		if (basic && !secret && definition.getClientSecretSupplier() == null) {
			throw unmappable(registration.getRegistrationId(), "a client-secret is required: provider '"
					+ definition.getName() + "' authenticates with HTTP Basic at its token endpoint");
		}
	}

	// The definition of an id that names no known provider.
	private OAuth2ProviderDefinition definition(ClientRegistration registration) {
		String id = registration.getRegistrationId();
		if (this.oauth1Names.contains(id)) {
			throw unmappable(id, "provider '" + id + "' is OAuth 1.0a, which a client registration cannot "
					+ "describe: give the registration another id, or configure rest.social.providers." + id);
		}
		ClientRegistration.ProviderDetails provider = registration.getProviderDetails();
		boolean openid = scopes(registration).contains(OidcScopes.OPENID);
		if (openid || StringUtils.hasText(provider.getIssuerUri()) || StringUtils.hasText(provider.getJwkSetUri())) {
			if (!StringUtils.hasText(provider.getIssuerUri())) {
				throw unmappable(id, "an OpenID Connect registration needs its provider's issuer-uri "
						+ "(spring.security.oauth2.client.provider.<provider>.issuer-uri), which its ID tokens are "
						+ "checked against");
			}
			// An ID token is required when the scope asks for one (an empty scope takes the definition's openid).
			boolean required = openid || scopes(registration).isEmpty();
			return OidcProvider.builder(id)
				.clientAuthenticationMethod(clientAuthenticationMethod(id, registration))
				.idToken(new IdTokenSettings(null, null, true, required))
				.build();
		}
		ClientRegistration.ProviderDetails.UserInfoEndpoint userInfo = provider.getUserInfoEndpoint();
		if (!StringUtils.hasText(userInfo.getUri())) {
			throw unmappable(id, "an OAuth 2.0 registration without OpenID Connect needs its provider's "
					+ "user-info-uri (spring.security.oauth2.client.provider.<provider>.user-info-uri), where the user "
					+ "is read");
		}
		return GenericOAuth2Provider.builder(id, userInfo.getUserNameAttributeName())
			.authorizationUri(provider.getAuthorizationUri())
			.tokenUri(provider.getTokenUri())
			.userInfoUri(userInfo.getUri())
			.clientAuthenticationMethod(clientAuthenticationMethod(id, registration))
			.userInfoLoader(userInfoLoader(id, userInfo.getAuthenticationMethod()))
			.build();
	}

	private static ClientAuthenticationMethod clientAuthenticationMethod(String id, ClientRegistration registration) {
		ClientAuthenticationMethod method = registration.getClientAuthenticationMethod();
		if (ClientAuthenticationMethod.CLIENT_SECRET_BASIC.equals(method)
				|| ClientAuthenticationMethod.CLIENT_SECRET_POST.equals(method)) {
			return method;
		}
		if (ClientAuthenticationMethod.NONE.equals(method)) {
			// A public client sends its client_id alone (asRegistration drops any secret).
			return ClientAuthenticationMethod.NONE;
		}
		throw unmappable(id, "client-authentication-method " + method.getValue() + " is not supported by "
				+ "REST logins: use client_secret_basic, client_secret_post or none");
	}

	private static UserInfoLoader userInfoLoader(String id, AuthenticationMethod method) {
		if (method == null || AuthenticationMethod.HEADER.equals(method)) {
			return UserInfoLoader.bearer();
		}
		if (AuthenticationMethod.QUERY.equals(method)) {
			return UserInfoLoader.queryParameter("access_token");
		}
		throw unmappable(id, "user-info-authentication-method " + method.getValue() + " is not supported "
				+ "by REST logins: use header or query");
	}

	private static IllegalStateException unmappable(String id, String reason) {
		return new IllegalStateException(PREFIX + id + ": " + reason);
	}

	private static ProviderRegistration asRegistration(ClientRegistration registration, boolean knownDefinition) {
		ClientRegistration.ProviderDetails provider = registration.getProviderDetails();
		// Spring's defaults for its common providers, which Boot fills in for ids such as github and
		// facebook, are older than a known definition's own endpoints: only other URIs override them.
		ClientRegistration.ProviderDetails defaults = knownDefinition
				? springDefaults(registration.getRegistrationId()) : null;
		boolean publicClient = ClientAuthenticationMethod.NONE.equals(registration.getClientAuthenticationMethod());
		boolean pkce = publicClient || registration.getClientSettings().isRequireProofKey();
		return ProviderRegistration.withName(registration.getRegistrationId())
			.clientId(registration.getClientId())
			.clientSecret((publicClient || !StringUtils.hasText(registration.getClientSecret())) ? null
					: registration.getClientSecret())
			.scope(scopes(registration).isEmpty() ? null : List.copyOf(scopes(registration)))
			.authorizationUri(override(provider, defaults, ClientRegistration.ProviderDetails::getAuthorizationUri))
			.tokenUri(override(provider, defaults, ClientRegistration.ProviderDetails::getTokenUri))
			.userInfoUri(override(provider, defaults, (details) -> details.getUserInfoEndpoint().getUri()))
			.issuerUri(override(provider, defaults, ClientRegistration.ProviderDetails::getIssuerUri))
			.jwkSetUri(override(provider, defaults, ClientRegistration.ProviderDetails::getJwkSetUri))
			.pkce(pkce ? Boolean.TRUE : null)
			.build();
	}

	private static String override(ClientRegistration.ProviderDetails provider,
			ClientRegistration.ProviderDetails defaults, Function<ClientRegistration.ProviderDetails, String> uri) {
		String value = uri.apply(provider);
		if (!StringUtils.hasText(value) || (defaults != null && value.equals(uri.apply(defaults)))) {
			return null;
		}
		return value;
	}

	private static ClientRegistration.ProviderDetails springDefaults(String id) {
		for (CommonOAuth2Provider common : CommonOAuth2Provider.values()) {
			if (common.name().equalsIgnoreCase(id)) {
				try {
					return common.getBuilder(id).clientId("defaults").build().getProviderDetails();
				}
				catch (IllegalArgumentException ex) {
					// Okta's has no endpoints to build with: nothing to tell apart.
					return null;
				}
			}
		}
		return null;
	}

	// Spring leaves the scopes null when neither the properties nor the issuer's metadata name any.
	private static Set<String> scopes(ClientRegistration registration) {
		return (registration.getScopes() != null) ? registration.getScopes() : Set.of();
	}

	/**
	 * What is bound of a {@code spring.security.oauth2.client.registration.<id>} entry to learn
	 * its id, and whether it sets its client authentication method.
	 */
	static final class RegistrationKeys {

		private String clientId;

		private String clientAuthenticationMethod;

		public String getClientId() {
			return this.clientId;
		}

		public void setClientId(String clientId) {
			this.clientId = clientId;
		}

		public String getClientAuthenticationMethod() {
			return this.clientAuthenticationMethod;
		}

		public void setClientAuthenticationMethod(String clientAuthenticationMethod) {
			this.clientAuthenticationMethod = clientAuthenticationMethod;
		}

	}

}
