package io.restsocial.boot.autoconfigure;

import java.util.List;
import java.util.Map;

import io.restsocial.boot.credential.CredentialEndpoint;
import io.restsocial.boot.credential.CredentialIssuer;
import io.restsocial.boot.credential.LoginEndpoints;
import io.restsocial.boot.credential.jwt.JwtCredentialAutoConfiguration;
import io.restsocial.boot.credential.opaque.OpaqueTokenCredentialAutoConfiguration;
import io.restsocial.boot.credential.session.SessionCredentialAutoConfiguration;
import io.restsocial.boot.credential.token.StoredTokenCredentialAuthenticator;
import io.restsocial.boot.credential.token.StoredTokenCredentialAutoConfiguration;
import io.restsocial.boot.credential.token.StoredTokenCredentialIssuer;
import io.restsocial.boot.security.CredentialAuthenticator;
import io.restsocial.boot.web.SocialLoginController;
import io.restsocial.core.user.SocialUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The login controller's table of endpoints, made from the credential issuer beans: the
 * starter's own, an application's issuer added to them, and the start-up failures of two issuers
 * serving one name or of an issuer serving a companion endpoint's name.
 */
class LoginEndpointsAutoConfigurationTests {

	private final WebApplicationContextRunner web = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
				WebMvcAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class))
		.withConfiguration(AutoConfigurations.of(RestSocialJdbcAutoConfiguration.class,
				RestSocialAutoConfiguration.class, RestSocialWebMvcAutoConfiguration.class,
				RestSocialSecurityAutoConfiguration.class, SessionCredentialAutoConfiguration.class,
				StoredTokenCredentialAutoConfiguration.class, JwtCredentialAutoConfiguration.class,
				OpaqueTokenCredentialAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true");

	@Test
	void loginEndpointsWhenDefaultsThenTheStarterIssuersEndpoints() {
		this.web.run((context) -> {
			assertThat(context).hasNotFailed();
			LoginEndpoints endpoints = context.getBean(SocialLoginController.class).loginEndpoints();
			assertThat(endpoints.names()).containsExactlyInAnyOrder("session", "token", "token_user", "jwt-pair",
					"jwt-pair-user", "jwt-sliding", "jwt-sliding-user", "opaque", "opaque_user", "knox",
					"knox_user");
			assertThat(endpoints.find("token_user")).hasValueSatisfying((endpoint) -> {
				assertThat(endpoint.withUser()).isTrue();
				assertThat(endpoint.issuer()).isInstanceOf(StoredTokenCredentialIssuer.class);
			});
			assertThat(endpoints.find("token")).hasValueSatisfying((endpoint) -> assertThat(endpoint.withUser()).isFalse());
			assertThat(endpoints.find("session"))
				.hasValueSatisfying((endpoint) -> assertThat(endpoint.withUser()).isTrue());
			assertThat(endpoints.namesOf(CredentialIssuer.SESSION)).containsExactly("session");
		});
	}

	@Test
	void loginEndpointsWhenOnlySomeKindsAreConfiguredThenOnlyTheirEndpointsAndAuthenticators() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
					WebMvcAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class))
			.withConfiguration(AutoConfigurations.of(RestSocialJdbcAutoConfiguration.class,
					RestSocialAutoConfiguration.class, RestSocialWebMvcAutoConfiguration.class,
					RestSocialSecurityAutoConfiguration.class, StoredTokenCredentialAutoConfiguration.class))
			.withPropertyValues("spring.datasource.generate-unique-name=true")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(SocialLoginController.class).loginEndpoints().names())
					.containsExactly("token", "token_user");
				assertThat(context.getBeansOfType(CredentialAuthenticator.class).values()).singleElement()
					.isInstanceOf(StoredTokenCredentialAuthenticator.class);
			});
	}

	@Test
	void loginEndpointsWhenApplicationIssuerBeanThenItsEndpointAddedToTheStarters() {
		this.web.withBean(AppIssuer.class, () -> new AppIssuer("api-key", List.of())).run((context) -> {
			assertThat(context).hasNotFailed();
			LoginEndpoints endpoints = context.getBean(SocialLoginController.class).loginEndpoints();
			assertThat(endpoints.names()).contains("session", "token", "token_user", "api-key");
			assertThat(endpoints.find("api-key")).hasValueSatisfying((endpoint) -> {
				assertThat(endpoint.withUser()).isFalse();
				assertThat(endpoint.issuer()).isInstanceOf(AppIssuer.class);
			});
		});
	}

	@Test
	void startUpWhenApplicationIssuerServesAStarterEndpointNameThenFailsNamingBothIssuers() {
		this.web.withBean(AppIssuer.class, () -> new AppIssuer("my-token", List.of(CredentialEndpoint.of("token"))))
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(IllegalStateException.class)
					.hasMessageContaining("Two CredentialIssuer beans serve the login endpoint 'social/token/'")
					.hasMessageContaining(StoredTokenCredentialIssuer.class.getName())
					.hasMessageContaining(AppIssuer.class.getName() + " (kind 'my-token')");
			});
	}

	@Test
	void startUpWhenApplicationIssuerServesACompanionEndpointNameThenFails() {
		for (String reserved : List.of("state", "complete", "csrf", "accounts")) {
			this.web
				.withBean(AppIssuer.class, () -> new AppIssuer("odd", List.of(CredentialEndpoint.withUser(reserved))))
				.run((context) -> {
					assertThat(context).hasFailed();
					assertThat(context.getStartupFailure()).rootCause()
						.isInstanceOf(IllegalStateException.class)
						.hasMessageContaining("cannot serve 'social/" + reserved + "/'")
						.hasMessageContaining("companion endpoints");
				});
		}
	}

	@Test
	void startUpWhenApplicationIssuerServesNoEndpointThenFails() {
		this.web.withBean(AppIssuer.class, () -> new AppIssuer("none", null) {

			@Override
			public List<CredentialEndpoint> endpoints() {
				return List.of();
			}

		})
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("serves no login endpoint"));
	}

	@Test
	void endpointWhenNameIsNotOnePathSegmentThenRefused() {
		for (String name : List.of("", "a/b", "..", "a b", "tok%2Fen")) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> CredentialEndpoint.of(name))
				.withMessageContaining("must be one path segment");
		}
	}

	static class AppIssuer implements CredentialIssuer {

		private final String kind;

		private final List<CredentialEndpoint> endpoints;

		AppIssuer(String kind, List<CredentialEndpoint> endpoints) {
			this.kind = kind;
			this.endpoints = endpoints;
		}

		@Override
		public String kind() {
			return this.kind;
		}

		@Override
		public List<CredentialEndpoint> endpoints() {
			return this.endpoints.isEmpty() ? CredentialIssuer.super.endpoints() : this.endpoints;
		}

		@Override
		public Map<String, Object> issue(SocialUser user, boolean withUser, HttpServletRequest request,
				HttpServletResponse response) {
			return Map.of("key", this.kind);
		}

	}

}
