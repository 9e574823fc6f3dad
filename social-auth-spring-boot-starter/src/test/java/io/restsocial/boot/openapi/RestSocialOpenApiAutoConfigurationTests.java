package io.restsocial.boot.openapi;

import java.util.List;
import java.util.Map;

import io.restsocial.boot.autoconfigure.RestSocialAutoConfiguration;
import io.restsocial.boot.autoconfigure.RestSocialJdbcAutoConfiguration;
import io.restsocial.boot.autoconfigure.RestSocialSecurityAutoConfiguration;
import io.restsocial.boot.autoconfigure.RestSocialWebMvcAutoConfiguration;
import io.restsocial.boot.credential.CredentialEndpoint;
import io.restsocial.boot.credential.CredentialIssuer;
import io.restsocial.boot.credential.LoginEndpoints;
import io.restsocial.boot.credential.token.StoredTokenCredentialAutoConfiguration;
import io.restsocial.boot.web.SocialUserJson;
import io.restsocial.core.user.SocialUser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description loads only with springdoc, backs off for the application's own, and
 * describes each login endpoint of the table, an application's issuer's included, and only the
 * companions springdoc found.
 */
class RestSocialOpenApiAutoConfigurationTests {

	private final WebApplicationContextRunner web = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
				WebMvcAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class))
		.withConfiguration(AutoConfigurations.of(RestSocialJdbcAutoConfiguration.class,
				RestSocialAutoConfiguration.class, RestSocialWebMvcAutoConfiguration.class,
				RestSocialSecurityAutoConfiguration.class, StoredTokenCredentialAutoConfiguration.class,
				RestSocialOpenApiAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true");

	@Test
	void customizerWhenSpringdocPresentThenDefined() {
		this.web.run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(RestSocialOpenApiCustomizer.class);
			assertThat(context).hasSingleBean(SocialUserJson.class);
		});
	}

	@Test
	void customizerWhenNoSpringdocThenNotDefined() {
		this.web.withClassLoader(new FilteredClassLoader(GlobalOpenApiCustomizer.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(RestSocialOpenApiCustomizer.class));
	}

	@Test
	void customizerWhenUserDefinesOneThenDefaultBacksOff() {
		RestSocialOpenApiCustomizer own = new RestSocialOpenApiCustomizer("/own", LoginEndpoints.of(List.of()));
		this.web.withBean(RestSocialOpenApiCustomizer.class, () -> own)
			.run((context) -> assertThat(context.getBean(RestSocialOpenApiCustomizer.class)).isSameAs(own));
	}

	@Test
	void userJsonWhenUserDefinesOneThenDefaultBacksOff() {
		SocialUserJson own = (user) -> Map.of("name", user.username());
		this.web.withBean(SocialUserJson.class, () -> own)
			.run((context) -> assertThat(context.getBean(SocialUserJson.class)).isSameAs(own));
	}

	@Test
	void customiseWhenLoginMappingFoundThenOnePathPerEndpointAndOnlyTheFoundCompanions() {
		OpenAPI openApi = new OpenAPI().paths(new Paths());
		for (String found : List.of("/social/{endpoint}", "/social/{endpoint}/", "/social/{endpoint}/{provider}",
				"/social/{endpoint}/{provider}/", "/social/csrf", "/social/csrf/", "/other")) {
			openApi.getPaths().addPathItem("/api" + found, new PathItem().post(new Operation().operationId(found)));
		}
		new RestSocialOpenApiCustomizer("/api", LoginEndpoints.of(List.of(new ApiKeyIssuer()))).customise(openApi);
		assertThat(openApi.getPaths()).containsOnlyKeys("/api/social/api-key/", "/api/social/api-key-user/",
				"/api/social/csrf/", "/api/other");
		Operation login = openApi.getPaths().get("/api/social/api-key-user/").getPost();
		assertThat(login.getRequestBody().getContent()).containsOnlyKeys("application/json",
				"application/x-www-form-urlencoded");
		assertThat(login.getResponses()).containsKeys("200", "202", "400", "404");
		assertThat(openApi.getComponents().getSchemas()).containsKeys("SocialLoginRequest", "SocialUser", "Problem",
				"CsrfTokenResponse");
	}

	@Test
	void customiseWhenNoStarterPathFoundThenDocumentUnchanged() {
		OpenAPI openApi = new OpenAPI().paths(new Paths().addPathItem("/other", new PathItem()));
		new RestSocialOpenApiCustomizer("/api", LoginEndpoints.of(List.of(new ApiKeyIssuer()))).customise(openApi);
		assertThat(openApi.getPaths()).containsOnlyKeys("/other");
		assertThat(openApi.getComponents().getSchemas()).isNull();
	}

	static final class ApiKeyIssuer implements CredentialIssuer {

		@Override
		public String kind() {
			return "api-key";
		}

		@Override
		public List<CredentialEndpoint> endpoints() {
			return List.of(CredentialEndpoint.of("api-key"), CredentialEndpoint.withUser("api-key-user"));
		}

		@Override
		public Map<String, Object> issue(SocialUser user, boolean withUser, HttpServletRequest request,
				HttpServletResponse response) {
			return Map.of("api_key", "k");
		}

	}

}
