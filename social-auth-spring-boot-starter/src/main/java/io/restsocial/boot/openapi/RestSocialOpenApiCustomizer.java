package io.restsocial.boot.openapi;

import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Consumer;

import io.restsocial.boot.credential.CredentialIssuer;
import io.restsocial.boot.credential.LoginEndpoints;
import io.restsocial.boot.web.CsrfTokenResponse;
import io.restsocial.boot.web.LinkedAccountResponse;
import io.restsocial.boot.web.LoginStateResponse;
import io.restsocial.boot.web.SocialUserJson;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import org.springframework.util.Assert;

/**
 * Describes the starter's endpoints in the OpenAPI document: what springdoc finds of them is
 * replaced by a description of each, with its request body (JSON or form-encoded, the fields the
 * endpoint reads) and its answers, the problem ({@code application/problem+json}) included.
 * <p>
 * The endpoints read their bodies themselves, within the request limits, and one parameterised
 * mapping serves every login endpoint, so springdoc alone would see neither the bodies nor the
 * endpoints: here each login endpoint of the {@link LoginEndpoints} table (an application's own
 * issuers' too) gets its own path, {@code {base}/social/<name>/}, with the answer of its kind.
 * A companion is described when springdoc found it (its controller is a bean, and the document's
 * paths include it), under its canonical path with the trailing slash; both forms are served.
 */
public class RestSocialOpenApiCustomizer implements GlobalOpenApiCustomizer {

	/** The tag of the login endpoints. */
	public static final String LOGIN_TAG = "social-login";

	/** The tag of the companion endpoints. */
	public static final String COMPANION_TAG = "social-login-companions";

	private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

	private static final String FORM = org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED_VALUE;

	private static final String PROBLEM = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private static final String SCHEMAS = "#/components/schemas/";

	private final String base;

	private final LoginEndpoints logins;

	/**
	 * Create the customizer.
	 * @param base the base path of the endpoints, without a trailing slash ({@code ""} for the root)
	 * @param logins the login endpoints
	 */
	public RestSocialOpenApiCustomizer(String base, LoginEndpoints logins) {
		Assert.notNull(base, "base cannot be null");
		Assert.notNull(logins, "logins cannot be null");
		this.base = base;
		this.logins = logins;
	}

	@Override
	public void customise(OpenAPI openApi) {
		Paths paths = (openApi.getPaths() != null) ? openApi.getPaths() : new Paths();
		Components components = (openApi.getComponents() != null) ? openApi.getComponents() : new Components();
		openApi.setComponents(components);
		ModelConverters models = ModelConverters.getInstance(openApi.getSpecVersion() == SpecVersion.V31
				|| (openApi.getOpenapi() != null && openApi.getOpenapi().startsWith("3.1")));
		Paths described = new Paths();
		if (take(paths, "/social/{endpoint}") | take(paths, "/social/{endpoint}/{provider}")) {
			this.logins.names().forEach((name) -> describeLogin(described, name));
			components.addSchemas("SocialLoginRequest", loginRequest());
			components.addSchemas("SocialUser", user());
			components.addSchemas("OAuth1RequestToken", object().description("OAuth 1.0a step one: the request token "
					+ "to send the user to the provider with; its secret stays on the server")
				.addProperty("oauth_token", string())
				.addProperty("oauth_callback_confirmed", string()));
			components.addSchemas("PartialLogin", partialLogin());
		}
		if (take(paths, "/social/complete")) {
			described.addPathItem(path("/social/complete/"), new PathItem().post(complete()));
		}
		if (take(paths, "/social/csrf")) {
			described.addPathItem(path("/social/csrf/"),
					new PathItem().get(operation("socialCsrf", COMPANION_TAG,
							"The CSRF token for the session login, also set as the XSRF-TOKEN cookie")
						.responses(ok(json(resolve(models, components, CsrfTokenResponse.class))).addApiResponse("400",
								problem("CSRF protection of the session endpoint is off")))));
		}
		if (take(paths, "/social/state/{provider}")) {
			described.addPathItem(path("/social/state/{provider}/"), new PathItem().post(state(models, components)));
		}
		if (take(paths, "/social/accounts")) {
			described.addPathItem(path("/social/accounts/"),
					new PathItem().get(operation("socialAccounts", COMPANION_TAG,
							"The caller's linked social accounts, never their tokens")
						.responses(ok(json(array(resolve(models, components, LinkedAccountResponse.class))))
							.addApiResponse("401", problem("Not logged in")))));
		}
		if (take(paths, "/social/accounts/user")) {
			described.addPathItem(path("/social/accounts/user/"), new PathItem().get(operation("socialAccountsUser",
					COMPANION_TAG, "The caller, in the user JSON of the logins (the SocialUserJson bean's)")
				.responses(ok(json(ref("SocialUser"))).addApiResponse("401", problem("Not logged in")))));
			components.addSchemas("SocialUser", user());
		}
		if (take(paths, "/social/accounts/{provider}/{id}")) {
			described.addPathItem(path("/social/accounts/{provider}/{id}/"), new PathItem().delete(operation(
					"socialAccountDisconnect", COMPANION_TAG,
					"Disconnect one of the caller's accounts; a caller known by its session cookie sends the CSRF token")
				.addParametersItem(pathParameter("provider", string(), "the account's provider"))
				.addParametersItem(pathParameter("id", integer(), "the account's id"))
				.responses(noContent("Disconnected").addApiResponse("401", problem("Not logged in"))
					.addApiResponse("403", problem("A session cookie without the CSRF token"))
					.addApiResponse("404", problem("No such account of the caller's"))
					.addApiResponse("409", problem("The caller's last account: the only way the user logs in")))));
		}
		if (take(paths, "/token/refresh")) {
			described.addPathItem(path("/token/refresh/"), new PathItem().post(tokenOperation("jwtRefresh",
					"A new access token for a refresh token (and a new refresh token when rotating)",
					fields("refresh", "the refresh token"),
					object().addProperty("token", string().description("the new access token"))
						.addProperty("refresh", string().description("the new refresh token, when rotating"))
						.addRequiredItem("token"))));
		}
		if (take(paths, "/token/sliding/refresh")) {
			described.addPathItem(path("/token/sliding/refresh/"), new PathItem().post(tokenOperation(
					"jwtSlidingRefresh", "A sliding token with a new expiry, while its refresh window is open",
					fields("token", "the sliding token, expired or not"),
					object().addProperty("token", string().description("the refreshed sliding token"))
						.addRequiredItem("token"))));
		}
		if (take(paths, "/token/verify")) {
			described.addPathItem(path("/token/verify/"), new PathItem().post(tokenOperation("jwtVerify",
					"Whether a JWT is valid, unexpired and not revoked: {} if it is",
					fields("token", "the JWT"), object())));
		}
		if (take(paths, "/token/blacklist")) {
			described.addPathItem(path("/token/blacklist/"), new PathItem().post(tokenOperation("jwtBlacklist",
					"Revoke a refresh token (or a sliding token, sent as 'token')",
					object().addProperty("refresh", string().description("the refresh token to revoke"))
						.addProperty("token", string().description("or the sliding token to revoke")),
					object())));
		}
		if (take(paths, "/jwks.json")) {
			described.addPathItem(this.base + "/jwks.json", new PathItem().get(operation("jwks", COMPANION_TAG,
					"The public keys that verify the JWTs, when they are signed with RSA or EC keys (RFC 7517)")
				.responses(new ApiResponses()
					.addApiResponse("200", new ApiResponse().description("The JWK set")
						.content(new Content().addMediaType("application/jwk-set+json",
								new MediaType().schema(object().addProperty("keys", array(object()))))))
					.addApiResponse("404", problem("JWTs are signed with a shared secret (HS256)")))));
		}
		for (String logout : List.of("logout", "logoutall")) {
			if (take(paths, "/" + logout)) {
				described.addPathItem(path("/" + logout + "/"), new PathItem().post(operation(
						"opaque" + (logout.equals("logout") ? "Logout" : "LogoutAll"), COMPANION_TAG,
						logout.equals("logout") ? "Revoke the opaque token of the Authorization header (Token <token>)"
								: "Revoke every opaque token of the Authorization header's user (Token <token>)")
					.responses(noContent("Revoked").addApiResponse("401", problem("No live opaque token")))));
			}
		}
		if (!described.isEmpty()) {
			components.addSchemas("Problem", problem());
		}
		// What springdoc made of the login answer's type; each answer is described above instead.
		if (components.getSchemas() != null) {
			components.getSchemas().remove("LoginResponse");
		}
		paths.putAll(described);
		openApi.setPaths(paths);
	}

	// Remove what springdoc found of one endpoint, with and without the trailing slash.
	private boolean take(Paths paths, String endpoint) {
		boolean found = paths.remove(this.base + endpoint) != null;
		return paths.remove(this.base + endpoint + "/") != null || found;
	}

	private String path(String endpoint) {
		return this.base + endpoint;
	}

	private void describeLogin(Paths described, String name) {
		LoginEndpoints.Endpoint endpoint = this.logins.find(name).orElseThrow();
		Schema<?> credential = credential(endpoint.issuer().kind());
		Schema<?> answer = endpoint.withUser() ? allOf(ref("SocialUser"), credential) : credential;
		Operation operation = operation(operationId(name), LOGIN_TAG,
				"Log in with a provider's code (or an OAuth 1.0a token and verifier, or a native ID or access token); "
						+ "answers " + (endpoint.withUser() ? "the user and " : "") + "the " + endpoint.issuer().kind()
						+ " credential")
			.description("The provider is the body's 'provider', or the last path segment: POST " + path("/social/")
					+ name + "/{provider}/ (which wins). The body is JSON or form-encoded. OAuth 1.0a takes two posts: "
					+ "without oauth_token the first answers the request token.")
			.requestBody(body(ref("SocialLoginRequest"), true))
			.responses(new ApiResponses()
				.addApiResponse("200", new ApiResponse().description("Logged in, or OAuth 1.0a step one")
					.content(json(oneOf(answer, ref("OAuth1RequestToken")))))
				.addApiResponse("202", new ApiResponse()
					.description("The pipeline paused: send the asked fields to social/complete/")
					.content(json(ref("PartialLogin"))))
				.addApiResponse("400", problem("A missing provider, a bad field, or the provider refused the code"))
				.addApiResponse("403", problem("A session login without the CSRF token, or a login forbidden by the "
						+ "pipeline"))
				.addApiResponse("404", problem("An unknown provider"))
				.addApiResponse("409", problem("The account belongs to another user"))
				.addApiResponse("413", problem("The body is too large"))
				.addApiResponse("502", problem("The provider failed"))
				.addApiResponse("504", problem("The provider timed out")));
		described.addPathItem(path("/social/" + name + "/"), new PathItem().post(operation));
	}

	private static String operationId(String name) {
		StringBuilder id = new StringBuilder("socialLogin");
		for (String part : name.split("[-_]")) {
			if (!part.isEmpty()) {
				id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
			}
		}
		return id.toString();
	}

	// The credential fields of the starter's own kinds; an application's kind answers its own.
	private static Schema<?> credential(String kind) {
		return switch (kind) {
			case CredentialIssuer.SESSION -> object().description("No credential in the body: the session cookie");
			case CredentialIssuer.TOKEN -> object().addProperty("token", string().description("the stored token"))
				.addRequiredItem("token");
			case CredentialIssuer.JWT_PAIR -> object().addProperty("token", string().description("the access JWT"))
				.addProperty("refresh", string().description("the refresh JWT"))
				.addRequiredItem("token")
				.addRequiredItem("refresh");
			case CredentialIssuer.JWT_SLIDING -> object()
				.addProperty("token", string().description("the sliding JWT"))
				.addRequiredItem("token");
			case CredentialIssuer.OPAQUE -> object().addProperty("token", string().description("the opaque token"))
				.addProperty("expiry", string().format("date-time").description("when it expires; null: never"))
				.addRequiredItem("token");
			default -> object().description("The fields of the '" + kind + "' credential").additionalProperties(true);
		};
	}

	private Operation complete() {
		return operation("socialComplete", LOGIN_TAG,
				"Resume a login whose pipeline paused: the partial_token and the fields it asked for")
			.description("Answers what the paused login's endpoint would have answered.")
			.requestBody(body(object().addProperty("partial_token", string().description("the paused login's token"))
				.addRequiredItem("partial_token")
				.additionalProperties(string().description("a field the pause asked for, such as email")), true))
			.responses(new ApiResponses()
				.addApiResponse("200", new ApiResponse().description("Logged in: the answer of the paused login's "
						+ "endpoint")
					.content(json(allOf(ref("SocialUser"), object().additionalProperties(true)))))
				.addApiResponse("202", new ApiResponse().description("Still paused: a field is missing or invalid")
					.content(json(ref("PartialLogin"))))
				.addApiResponse("400", problem("No or an unknown partial_token")));
	}

	private Operation state(ModelConverters models, Components components) {
		return operation("socialState", COMPANION_TAG,
				"A signed, single-use state for the provider's authorization request, with its nonce, PKCE challenge "
						+ "and authorization URL where they apply")
			.description("A browser's state is bound to it by an HttpOnly cookie, which the login must carry.")
			.addParametersItem(pathParameter("provider", string(), "the provider the login will be with"))
			.addParametersItem(new Parameter().in("query")
				.name("redirect_uri")
				.required(false)
				.description("the front-end's redirect URI, for the authorization URL")
				.schema(string()))
			.responses(ok(json(resolve(models, components, LoginStateResponse.class)))
				.addApiResponse("404", problem("An unknown provider")));
	}

	private Operation tokenOperation(String id, String summary, Schema<?> request, Schema<?> answer) {
		return operation(id, COMPANION_TAG, summary).requestBody(body(request, true))
			.responses(ok(json(answer)).addApiResponse("400", problem("A missing or too long field"))
				.addApiResponse("401", problem("An invalid, expired or revoked token")));
	}

	private static Operation operation(String id, String tag, String summary) {
		return new Operation().operationId(id).addTagsItem(tag).summary(summary);
	}

	private static Schema<?> fields(String name, String description) {
		return object().addProperty(name, string().description(description)).addRequiredItem(name);
	}

	private static RequestBody body(Schema<?> schema, boolean required) {
		return new RequestBody().required(required)
			.content(new Content().addMediaType(JSON, new MediaType().schema(schema))
				.addMediaType(FORM, new MediaType().schema(schema)));
	}

	private static ApiResponses ok(Content content) {
		return new ApiResponses().addApiResponse("200", new ApiResponse().description("OK").content(content));
	}

	private static ApiResponses noContent(String description) {
		return new ApiResponses().addApiResponse("204", new ApiResponse().description(description));
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM, new MediaType().schema(ref("Problem"))));
	}

	private static Content json(Schema<?> schema) {
		return new Content().addMediaType(JSON, new MediaType().schema(schema));
	}

	private static Parameter pathParameter(String name, Schema<?> schema, String description) {
		return new Parameter().in("path").name(name).required(true).description(description).schema(schema);
	}

	// A record's schema as springdoc's model converters of the document's OpenAPI version see it
	// (with its JSON names), in components.
	private static Schema<?> resolve(ModelConverters models, Components components, Type type) {
		ResolvedSchema resolved = models.resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(false));
		String name = ((Class<?>) type).getSimpleName();
		if (resolved.referencedSchemas != null) {
			resolved.referencedSchemas.forEach(components::addSchemas);
		}
		components.addSchemas(name, resolved.schema);
		return ref(name);
	}

	private static Schema<?> loginRequest() {
		return object().description("The login's fields, JSON or form-encoded; others are ignored")
			.addProperty("provider", string().description("the provider, such as github (or the last path segment)"))
			.addProperty("code", string().description("the authorization code the provider gave the front-end"))
			.addProperty("redirect_uri", string().description("the redirect URI the code was issued for"))
			.addProperty("code_verifier", string().description("the PKCE verifier, when the front-end made its own"))
			.addProperty("state", string().description("the state from social/state/{provider}/"))
			.addProperty("oauth_token", string().description("OAuth 1.0a step two: the request token"))
			.addProperty("oauth_verifier", string().description("OAuth 1.0a step two: the verifier"))
			.addProperty("id_token", string().description("a native app's ID token, instead of code"))
			.addProperty("access_token", string().description("a native app's access token, instead of code"))
			.addProperty("user", object().additionalProperties(true)
				.description("Sign in with Apple's user object, as Apple gave it to the front-end"));
	}

	// The default user JSON; a SocialUserJson bean may write other fields.
	private static Schema<?> user() {
		return object()
			.description("The user: by default these fields (" + SocialUserJson.class.getSimpleName()
					+ ".defaults()); an application's SocialUserJson bean may write others")
			.addProperty("id", new Schema<>().description("the user's id: a number, or a string"))
			.addProperty("username", string())
			.addProperty("email", string())
			.addProperty("first_name", string())
			.addProperty("last_name", string())
			.additionalProperties(true);
	}

	private static Schema<?> partialLogin() {
		return object().description("A paused login")
			.addProperty("partial_token", string().description("the token that resumes it at social/complete/"))
			.addProperty("fields", array(string()).description("the fields to send"))
			.addProperty("message", string().description("what to ask the user"));
	}

	private static Schema<?> problem() {
		return object().description("RFC 9457 problem details, with django-rest-social-auth's error key")
			.addProperty("type", string().format("uri").description("urn:rest-social-auth:problem:<code>"))
			.addProperty("title", string())
			.addProperty("status", integer())
			.addProperty("detail", string())
			.addProperty("instance", string())
			.addProperty("code", string().description("the error code"))
			.addProperty("error", string().description("the message, for the original's front-ends"))
			.addProperty("fields", array(string()).description("the request fields to blame"))
			.addRequiredItem("error");
	}

	private static Schema<Object> object() {
		return typed("object");
	}

	private static Schema<Object> string() {
		return typed("string");
	}

	private static Schema<Object> integer() {
		return typed("integer");
	}

	private static Schema<Object> array(Schema<?> items) {
		Schema<Object> schema = typed("array");
		schema.setItems(items);
		return schema;
	}

	private static Schema<Object> ref(String name) {
		Schema<Object> schema = new Schema<>();
		schema.set$ref(SCHEMAS + name);
		return schema;
	}

	private static Schema<Object> allOf(Schema<?>... schemas) {
		return composed((schema) -> List.of(schemas).forEach(schema::addAllOfItem));
	}

	private static Schema<Object> oneOf(Schema<?>... schemas) {
		return composed((schema) -> List.of(schemas).forEach(schema::addOneOfItem));
	}

	private static Schema<Object> composed(Consumer<Schema<Object>> items) {
		Schema<Object> schema = new Schema<>();
		items.accept(schema);
		return schema;
	}

	// Both the OpenAPI 3.0 'type' and the 3.1 'types', so that either version of the document has it.
	private static Schema<Object> typed(String type) {
		Schema<Object> schema = new Schema<>();
		schema.setType(type);
		schema.addType(type);
		return schema;
	}

}
