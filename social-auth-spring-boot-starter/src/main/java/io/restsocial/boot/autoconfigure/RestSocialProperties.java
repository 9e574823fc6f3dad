package io.restsocial.boot.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.restsocial.boot.jwt.JwtSettings;
import io.restsocial.core.pipeline.UserField;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.core.io.Resource;
import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;

/**
 * Settings of rest-social-auth, under {@code rest.social}.
 */
@ConfigurationProperties("rest.social")
public class RestSocialProperties {

	/**
	 * Path under which the login endpoints live.
	 */
	private String basePath = "/api/login";

	/**
	 * Redirect URI path (or Spring MVC mapping name) joined to the Origin's or the request's
	 * host when the request gives none.
	 */
	private String redirectUri = "/";

	/**
	 * Whether to take the redirect URI's scheme and host from the request's Origin header.
	 */
	private boolean domainFromOrigin = true;

	/**
	 * Full redirect URI; beats redirect-uri and domain-from-origin, but not a redirect_uri in
	 * the request.
	 */
	private String absoluteRedirectUri;

	/**
	 * Redirect URIs a request may give (redirect_uri of a login or of the state endpoint), each
	 * compared whole; empty allows any, as the original does, and leaves the check to the
	 * provider's registered redirect URIs.
	 */
	private List<String> allowedRedirectUris = new ArrayList<>();

	/**
	 * Whether to log failed logins (provider refusals and errors, pipeline refusals).
	 */
	private boolean logAuthExceptions = true;

	/**
	 * Whether to put the provider's own error message in error responses.
	 */
	private boolean verboseErrors = false;

	/**
	 * Providers by wire name (github, google-oauth2, facebook, ...); a provider is active once
	 * its client-id is set.
	 */
	private final Map<String, Provider> providers = new LinkedHashMap<>();

	private final Http http = new Http();

	private final Session session = new Session();

	private final Token token = new Token();

	private final Jdbc jdbc = new Jdbc();

	private final Pipeline pipeline = new Pipeline();

	private final Jwt jwt = new Jwt();

	private final Opaque opaque = new Opaque();

	private final State state = new State();

	private final Limits limits = new Limits();

	public String getBasePath() {
		return this.basePath;
	}

	public void setBasePath(String basePath) {
		PropertyChecks.require(
				basePath != null && basePath.startsWith("/") && (basePath.length() == 1 || !basePath.endsWith("/")),
				"rest.social.base-path", "must start with '/' and not end with '/'");
		this.basePath = basePath;
	}

	public String getRedirectUri() {
		return this.redirectUri;
	}

	public void setRedirectUri(String redirectUri) {
		this.redirectUri = redirectUri;
	}

	public boolean isDomainFromOrigin() {
		return this.domainFromOrigin;
	}

	public void setDomainFromOrigin(boolean domainFromOrigin) {
		this.domainFromOrigin = domainFromOrigin;
	}

	public List<String> getAllowedRedirectUris() {
		return this.allowedRedirectUris;
	}

	public void setAllowedRedirectUris(List<String> allowedRedirectUris) {
		this.allowedRedirectUris = allowedRedirectUris;
	}

	public String getAbsoluteRedirectUri() {
		return this.absoluteRedirectUri;
	}

	public void setAbsoluteRedirectUri(String absoluteRedirectUri) {
		this.absoluteRedirectUri = absoluteRedirectUri;
	}

	public boolean isLogAuthExceptions() {
		return this.logAuthExceptions;
	}

	public void setLogAuthExceptions(boolean logAuthExceptions) {
		this.logAuthExceptions = logAuthExceptions;
	}

	public boolean isVerboseErrors() {
		return this.verboseErrors;
	}

	public void setVerboseErrors(boolean verboseErrors) {
		this.verboseErrors = verboseErrors;
	}

	public Map<String, Provider> getProviders() {
		return this.providers;
	}

	public Http getHttp() {
		return this.http;
	}

	public Session getSession() {
		return this.session;
	}

	public Token getToken() {
		return this.token;
	}

	public Jdbc getJdbc() {
		return this.jdbc;
	}

	public Pipeline getPipeline() {
		return this.pipeline;
	}

	public Jwt getJwt() {
		return this.jwt;
	}

	public Opaque getOpaque() {
		return this.opaque;
	}

	public State getState() {
		return this.state;
	}

	public Limits getLimits() {
		return this.limits;
	}

	/**
	 * One provider's keys and endpoint overrides.
	 */
	public static class Provider {

		/**
		 * Client id (app id, consumer key) the provider issued.
		 */
		private String clientId;

		/**
		 * Client secret the provider issued.
		 */
		private String clientSecret;

		/**
		 * Scope to ask for, replacing the provider's default.
		 */
		private List<String> scope;

		/**
		 * Extra parameters for the provider's authorization request.
		 */
		private Map<String, String> extraParams = new LinkedHashMap<>();

		/**
		 * Authorization endpoint, replacing the provider's.
		 */
		private String authorizationUri;

		/**
		 * Token endpoint, replacing the provider's.
		 */
		private String tokenUri;

		/**
		 * User-info endpoint, replacing the provider's.
		 */
		private String userInfoUri;

		/**
		 * OAuth 1.0a request-token endpoint, replacing the provider's.
		 */
		private String requestTokenUri;

		/**
		 * OAuth 1.0a access-token endpoint, replacing the provider's.
		 */
		private String accessTokenUri;

		/**
		 * OpenID Connect issuer, replacing the provider's.
		 */
		private String issuerUri;

		/**
		 * JWK set endpoint, replacing the provider's.
		 */
		private String jwkSetUri;

		/**
		 * Whether states issued for this provider keep a PKCE verifier and answer its challenge;
		 * the provider's default when unset.
		 */
		private Boolean pkce;

		/**
		 * Whether the uid is the provider's id that never changes (google-oauth2's sub,
		 * azuread-oauth2's oid and tid) rather than python-social-auth's email or upn; true unless
		 * set false to keep accounts stored with python-social-auth's uids.
		 */
		private Boolean useUniqueUserId;

		/**
		 * Further client ids an ID token may be issued to, such as a mobile app's.
		 */
		private List<String> audiences = new ArrayList<>();

		/**
		 * Whether a native app may log in with a provider access token, once the provider confirms
		 * it was issued to this app.
		 */
		private boolean allowAccessToken = false;

		/**
		 * Provider-specific settings, such as Apple's team-id, key-id and private-key.
		 */
		private Map<String, String> settings = new LinkedHashMap<>();

		/**
		 * For a provider of no built-in name, configured by its token-uri and user-info-uri alone:
		 * the response keys its user is read by (a dotted path reaches into nested objects).
		 */
		private final Claims claims = new Claims();

		public String getClientId() {
			return this.clientId;
		}

		public void setClientId(String clientId) {
			this.clientId = clientId;
		}

		public String getClientSecret() {
			return this.clientSecret;
		}

		public void setClientSecret(String clientSecret) {
			this.clientSecret = clientSecret;
		}

		public List<String> getScope() {
			return this.scope;
		}

		public void setScope(List<String> scope) {
			this.scope = (scope != null) ? new ArrayList<>(scope) : null;
		}

		public Map<String, String> getExtraParams() {
			return this.extraParams;
		}

		public void setExtraParams(Map<String, String> extraParams) {
			this.extraParams = extraParams;
		}

		public String getAuthorizationUri() {
			return this.authorizationUri;
		}

		public void setAuthorizationUri(String authorizationUri) {
			this.authorizationUri = authorizationUri;
		}

		public String getTokenUri() {
			return this.tokenUri;
		}

		public void setTokenUri(String tokenUri) {
			this.tokenUri = tokenUri;
		}

		public String getUserInfoUri() {
			return this.userInfoUri;
		}

		public void setUserInfoUri(String userInfoUri) {
			this.userInfoUri = userInfoUri;
		}

		public String getRequestTokenUri() {
			return this.requestTokenUri;
		}

		public void setRequestTokenUri(String requestTokenUri) {
			this.requestTokenUri = requestTokenUri;
		}

		public String getAccessTokenUri() {
			return this.accessTokenUri;
		}

		public void setAccessTokenUri(String accessTokenUri) {
			this.accessTokenUri = accessTokenUri;
		}

		public String getIssuerUri() {
			return this.issuerUri;
		}

		public void setIssuerUri(String issuerUri) {
			this.issuerUri = issuerUri;
		}

		public String getJwkSetUri() {
			return this.jwkSetUri;
		}

		public void setJwkSetUri(String jwkSetUri) {
			this.jwkSetUri = jwkSetUri;
		}

		public Boolean getPkce() {
			return this.pkce;
		}

		public void setPkce(Boolean pkce) {
			this.pkce = pkce;
		}

		public Boolean getUseUniqueUserId() {
			return this.useUniqueUserId;
		}

		public void setUseUniqueUserId(Boolean useUniqueUserId) {
			this.useUniqueUserId = useUniqueUserId;
		}

		public List<String> getAudiences() {
			return this.audiences;
		}

		public void setAudiences(List<String> audiences) {
			this.audiences = audiences;
		}

		public boolean isAllowAccessToken() {
			return this.allowAccessToken;
		}

		public void setAllowAccessToken(boolean allowAccessToken) {
			this.allowAccessToken = allowAccessToken;
		}

		public Map<String, String> getSettings() {
			return this.settings;
		}

		public void setSettings(Map<String, String> settings) {
			this.settings = settings;
		}

		public Claims getClaims() {
			return this.claims;
		}

	}

	/**
	 * The response keys a generic OAuth 2.0 provider's user is read by; an unset one is the
	 * standard claim.
	 */
	public static class Claims {

		/**
		 * Key of the user's id; by default sub, else id.
		 */
		private String id;

		/**
		 * Key of the username; by default preferred_username, login or username, else the email's
		 * local part.
		 */
		private String username;

		/**
		 * Key of the email address; by default email.
		 */
		private String email;

		/**
		 * Key of whether the provider verified the email; by default email_verified.
		 */
		private String emailVerified;

		/**
		 * Key of the full name; by default name.
		 */
		private String name;

		/**
		 * Key of the first name; by default given_name.
		 */
		private String firstName;

		/**
		 * Key of the last name; by default family_name.
		 */
		private String lastName;

		public String getId() {
			return this.id;
		}

		public void setId(String id) {
			this.id = id;
		}

		public String getUsername() {
			return this.username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getEmailVerified() {
			return this.emailVerified;
		}

		public void setEmailVerified(String emailVerified) {
			this.emailVerified = emailVerified;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getFirstName() {
			return this.firstName;
		}

		public void setFirstName(String firstName) {
			this.firstName = firstName;
		}

		public String getLastName() {
			return this.lastName;
		}

		public void setLastName(String lastName) {
			this.lastName = lastName;
		}

	}

	/**
	 * Settings of every call to a provider.
	 */
	public static class Http {

		/**
		 * Time allowed to connect to a provider.
		 */
		private Duration connectTimeout = Duration.ofSeconds(5);

		/**
		 * Time allowed for a provider's answer.
		 */
		private Duration readTimeout = Duration.ofSeconds(10);

		/**
		 * Largest provider answer body read; a larger one fails the login with 502.
		 */
		private DataSize maxResponseSize = DataSize.ofMegabytes(1);

		/**
		 * Most connections kept open to providers, per host and in all, when the HTTP client
		 * pools them (Apache HttpClient); a call waits up to connect-timeout for a free one.
		 */
		private int maxConnections = 200;

		public Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		public void setConnectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		public Duration getReadTimeout() {
			return this.readTimeout;
		}

		public void setReadTimeout(Duration readTimeout) {
			this.readTimeout = readTimeout;
		}

		public DataSize getMaxResponseSize() {
			return this.maxResponseSize;
		}

		public void setMaxResponseSize(DataSize maxResponseSize) {
			Assert.isTrue(maxResponseSize != null && maxResponseSize.toBytes() > 0,
					"rest.social.http.max-response-size must be positive");
			this.maxResponseSize = maxResponseSize;
		}

		public int getMaxConnections() {
			return this.maxConnections;
		}

		public void setMaxConnections(int maxConnections) {
			Assert.isTrue(maxConnections > 0, "rest.social.http.max-connections must be positive");
			this.maxConnections = maxConnections;
		}

	}

	/**
	 * Settings of the session login endpoint.
	 */
	public static class Session {

		/**
		 * Whether the login endpoints require the CSRF token (cookie XSRF-TOKEN, header
		 * X-XSRF-TOKEN): always on the session endpoint, and on every login or disconnect by a
		 * caller authenticated by its session cookie. When false, a session cookie never links
		 * an account to its user nor disconnects one.
		 */
		private boolean csrf = true;

		public boolean isCsrf() {
			return this.csrf;
		}

		public void setCsrf(boolean csrf) {
			this.csrf = csrf;
		}

	}

	/**
	 * Settings of stored tokens.
	 */
	public static class Token {

		/**
		 * Scheme of the Authorization header that carries a stored token.
		 */
		private String headerPrefix = "Token";

		public String getHeaderPrefix() {
			return this.headerPrefix;
		}

		public void setHeaderPrefix(String headerPrefix) {
			PropertyChecks.requireOneWord("rest.social.token.header-prefix", headerPrefix);
			this.headerPrefix = headerPrefix;
		}

	}

	/**
	 * Settings of the JDBC storage.
	 */
	public static class Jdbc {

		/**
		 * When to create the rest-social-auth tables.
		 */
		private DatabaseInitializationMode initializeSchema = DatabaseInitializationMode.EMBEDDED;

		/**
		 * Schema script; @@platform@@ is replaced by the database's platform (h2, postgresql).
		 */
		private String schema = "classpath:io/restsocial/core/jdbc/schema-@@platform@@.sql";

		/**
		 * Platform for @@platform@@ in the schema location; detected from the database when unset.
		 */
		private String platform;

		public DatabaseInitializationMode getInitializeSchema() {
			return this.initializeSchema;
		}

		public void setInitializeSchema(DatabaseInitializationMode initializeSchema) {
			this.initializeSchema = initializeSchema;
		}

		public String getSchema() {
			return this.schema;
		}

		public void setSchema(String schema) {
			this.schema = schema;
		}

		public String getPlatform() {
			return this.platform;
		}

		public void setPlatform(String platform) {
			this.platform = platform;
		}

	}

	/**
	 * Settings of the default pipeline steps.
	 */
	public static class Pipeline {

		/**
		 * Email domains allowed to log in; empty allows all.
		 */
		private List<String> allowedDomains = new ArrayList<>();

		/**
		 * Email addresses allowed to log in; empty allows all.
		 */
		private List<String> allowedEmails = new ArrayList<>();

		/**
		 * Whether a new user's username is the whole email address, when the provider verified it,
		 * rather than the provider's username.
		 */
		private boolean usernameIsFullEmail = false;

		/**
		 * Whether a first login whose provider-verified email is the verified email of exactly one
		 * existing user logs in as that user (python-social-auth's associate_by_email). Only
		 * for providers that verify emails: see README's warning.
		 */
		private boolean associateByEmail = false;

		/**
		 * Whether a sign-up without an email from the provider pauses with a partial_token until
		 * the front-end sends one to social/complete/ (python-social-auth's require_email).
		 */
		private boolean requireEmail = false;

		/**
		 * Longest username of a new user (python-social-auth's USERNAME_MAX_LENGTH); at most the
		 * user table's column, 150.
		 */
		private int usernameMaxLength = 150;

		/**
		 * How many random hex characters make a taken username unique (UUID_LENGTH).
		 */
		private int uuidLength = 16;

		/**
		 * Whether new usernames are ASCII slugs, lower-cased, with hyphens for spaces
		 * (python-social-auth's SLUGIFY_USERNAMES).
		 */
		private boolean slugifyUsernames = false;

		/**
		 * The user's fields that the provider's details write (python-social-auth's USER_FIELDS);
		 * a field left out stays empty.
		 */
		private Set<UserField> userFields = EnumSet.allOf(UserField.class);

		/**
		 * The user's fields written at sign-up only, never by a later login
		 * (python-social-auth's PROTECTED_USER_FIELDS).
		 */
		private Set<UserField> protectedUserFields = EnumSet.noneOf(UserField.class);

		public List<String> getAllowedDomains() {
			return this.allowedDomains;
		}

		public void setAllowedDomains(List<String> allowedDomains) {
			this.allowedDomains = allowedDomains;
		}

		public List<String> getAllowedEmails() {
			return this.allowedEmails;
		}

		public void setAllowedEmails(List<String> allowedEmails) {
			this.allowedEmails = allowedEmails;
		}

		public boolean isUsernameIsFullEmail() {
			return this.usernameIsFullEmail;
		}

		public void setUsernameIsFullEmail(boolean usernameIsFullEmail) {
			this.usernameIsFullEmail = usernameIsFullEmail;
		}

		public boolean isAssociateByEmail() {
			return this.associateByEmail;
		}

		public void setAssociateByEmail(boolean associateByEmail) {
			this.associateByEmail = associateByEmail;
		}

		public boolean isRequireEmail() {
			return this.requireEmail;
		}

		public void setRequireEmail(boolean requireEmail) {
			this.requireEmail = requireEmail;
		}

		public int getUsernameMaxLength() {
			return this.usernameMaxLength;
		}

		public void setUsernameMaxLength(int usernameMaxLength) {
			PropertyChecks.require(usernameMaxLength >= 2 && usernameMaxLength <= 150,
					"rest.social.pipeline.username-max-length", "must be 2 to 150 (the user table's column)");
			this.usernameMaxLength = usernameMaxLength;
		}

		public int getUuidLength() {
			return this.uuidLength;
		}

		public void setUuidLength(int uuidLength) {
			PropertyChecks.require(uuidLength >= 1 && uuidLength <= 32, "rest.social.pipeline.uuid-length",
					"must be 1 to 32");
			this.uuidLength = uuidLength;
		}

		public boolean isSlugifyUsernames() {
			return this.slugifyUsernames;
		}

		public void setSlugifyUsernames(boolean slugifyUsernames) {
			this.slugifyUsernames = slugifyUsernames;
		}

		public Set<UserField> getUserFields() {
			return this.userFields;
		}

		public void setUserFields(Set<UserField> userFields) {
			this.userFields = userFields;
		}

		public Set<UserField> getProtectedUserFields() {
			return this.protectedUserFields;
		}

		public void setProtectedUserFields(Set<UserField> protectedUserFields) {
			this.protectedUserFields = protectedUserFields;
		}

	}

	/**
	 * Settings of issued JWTs.
	 */
	public static class Jwt {

		/**
		 * Shared secret for HS256, at least 256 bits (32 bytes); with neither a secret nor a
		 * private key, a random key is made at start-up.
		 */
		private String secret;

		/**
		 * Previous HS256 secrets, whose tokens still verify.
		 */
		private List<String> previousSecrets = new ArrayList<>();

		/**
		 * PEM PKCS#8 RSA or EC private key that signs tokens (RS256, or ES256 on P-256).
		 */
		private Resource privateKey;

		/**
		 * PEM X.509 public key matching private-key.
		 */
		private Resource publicKey;

		/**
		 * Key id (kid) of the key pair; its RFC 7638 thumbprint when unset.
		 */
		private String keyId;

		/**
		 * Previous PEM public keys, whose tokens still verify and which jwks.json still serves.
		 */
		private List<Resource> previousPublicKeys = new ArrayList<>();

		/**
		 * Lifetime of access tokens.
		 */
		private Duration accessTokenLifetime = Duration.ofMinutes(5);

		/**
		 * Lifetime of refresh tokens.
		 */
		private Duration refreshTokenLifetime = Duration.ofDays(1);

		/**
		 * Lifetime of a sliding token before it must be refreshed.
		 */
		private Duration slidingTokenLifetime = Duration.ofMinutes(5);

		/**
		 * How long after its issue a sliding token may still be refreshed.
		 */
		private Duration slidingTokenRefreshLifetime = Duration.ofDays(1);

		/**
		 * Whether refreshing a pair also answers a new refresh token.
		 */
		private boolean rotateRefreshTokens = false;

		/**
		 * Whether a refresh token is revoked once rotated.
		 */
		private boolean blacklistAfterRotation = false;

		/**
		 * Issuer (iss claim) of issued tokens, checked on the way back.
		 */
		private String issuer;

		/**
		 * Scheme of the Authorization header that carries an access or sliding token.
		 */
		private String headerPrefix = "Bearer";

		/**
		 * Claim, such as "roles", that carries the user's authorities (a string array, as
		 * SocialUserAuthorities gives them at login) in issued tokens, for other services to read;
		 * none when unset. rest-social-auth's own Bearer authentication does not trust it: it
		 * asks SocialUserAuthorities again on each request.
		 */
		private String authoritiesClaim;

		public String getSecret() {
			return this.secret;
		}

		public void setSecret(String secret) {
			PropertyChecks.requireSecret("rest.social.jwt.secret", secret, " for HS256");
			this.secret = secret;
		}

		public List<String> getPreviousSecrets() {
			return this.previousSecrets;
		}

		public void setPreviousSecrets(List<String> previousSecrets) {
			this.previousSecrets = previousSecrets;
		}

		public Resource getPrivateKey() {
			return this.privateKey;
		}

		public void setPrivateKey(Resource privateKey) {
			this.privateKey = privateKey;
		}

		public Resource getPublicKey() {
			return this.publicKey;
		}

		public void setPublicKey(Resource publicKey) {
			this.publicKey = publicKey;
		}

		public String getKeyId() {
			return this.keyId;
		}

		public void setKeyId(String keyId) {
			this.keyId = keyId;
		}

		public List<Resource> getPreviousPublicKeys() {
			return this.previousPublicKeys;
		}

		public void setPreviousPublicKeys(List<Resource> previousPublicKeys) {
			this.previousPublicKeys = previousPublicKeys;
		}

		public Duration getAccessTokenLifetime() {
			return this.accessTokenLifetime;
		}

		public void setAccessTokenLifetime(Duration accessTokenLifetime) {
			PropertyChecks.requirePositive("rest.social.jwt.access-token-lifetime", accessTokenLifetime);
			this.accessTokenLifetime = accessTokenLifetime;
		}

		public Duration getRefreshTokenLifetime() {
			return this.refreshTokenLifetime;
		}

		public void setRefreshTokenLifetime(Duration refreshTokenLifetime) {
			PropertyChecks.requirePositive("rest.social.jwt.refresh-token-lifetime", refreshTokenLifetime);
			this.refreshTokenLifetime = refreshTokenLifetime;
		}

		public Duration getSlidingTokenLifetime() {
			return this.slidingTokenLifetime;
		}

		public void setSlidingTokenLifetime(Duration slidingTokenLifetime) {
			PropertyChecks.requirePositive("rest.social.jwt.sliding-token-lifetime", slidingTokenLifetime);
			this.slidingTokenLifetime = slidingTokenLifetime;
		}

		public Duration getSlidingTokenRefreshLifetime() {
			return this.slidingTokenRefreshLifetime;
		}

		public void setSlidingTokenRefreshLifetime(Duration slidingTokenRefreshLifetime) {
			PropertyChecks.requirePositive("rest.social.jwt.sliding-token-refresh-lifetime",
					slidingTokenRefreshLifetime);
			this.slidingTokenRefreshLifetime = slidingTokenRefreshLifetime;
		}

		public boolean isRotateRefreshTokens() {
			return this.rotateRefreshTokens;
		}

		public void setRotateRefreshTokens(boolean rotateRefreshTokens) {
			this.rotateRefreshTokens = rotateRefreshTokens;
		}

		public boolean isBlacklistAfterRotation() {
			return this.blacklistAfterRotation;
		}

		public void setBlacklistAfterRotation(boolean blacklistAfterRotation) {
			this.blacklistAfterRotation = blacklistAfterRotation;
		}

		public String getIssuer() {
			return this.issuer;
		}

		public void setIssuer(String issuer) {
			this.issuer = issuer;
		}

		public String getHeaderPrefix() {
			return this.headerPrefix;
		}

		public void setHeaderPrefix(String headerPrefix) {
			PropertyChecks.requireOneWord("rest.social.jwt.header-prefix", headerPrefix);
			this.headerPrefix = headerPrefix;
		}

		public String getAuthoritiesClaim() {
			return this.authoritiesClaim;
		}

		public void setAuthoritiesClaim(String authoritiesClaim) {
			String claim = (authoritiesClaim != null && authoritiesClaim.isEmpty()) ? null : authoritiesClaim;
			PropertyChecks.require(claim == null || JwtSettings.isFreeClaim(claim), "rest.social.jwt.authorities-claim",
					"must be a claim the tokens do not carry already (such as roles)");
			this.authoritiesClaim = claim;
		}

	}

	/**
	 * Settings of opaque (knox-style) tokens.
	 */
	public static class Opaque {

		/**
		 * Lifetime of an opaque token; 0 for tokens that never expire.
		 */
		private Duration tokenTtl = Duration.ofHours(10);

		/**
		 * Whether each use of a token extends its life to a full token-ttl from then.
		 */
		private boolean autoRefresh = false;

		/**
		 * How far an auto-refresh must move the expiry before it is written.
		 */
		private Duration minRefreshInterval = Duration.ofSeconds(60);

		/**
		 * How long after its creation an auto-refreshed token may live at most (knox's
		 * AUTO_REFRESH_MAX_TTL); unset, a token used often enough never expires.
		 */
		private Duration autoRefreshMaxTtl;

		/**
		 * How many live tokens a user may hold; unlimited when unset.
		 */
		private Integer tokenLimitPerUser;

		/**
		 * Scheme of the Authorization header that carries an opaque token.
		 */
		private String headerPrefix = "Token";

		public Duration getTokenTtl() {
			return this.tokenTtl;
		}

		public void setTokenTtl(Duration tokenTtl) {
			PropertyChecks.requireNotNegative("rest.social.opaque.token-ttl", tokenTtl);
			this.tokenTtl = tokenTtl;
		}

		public boolean isAutoRefresh() {
			return this.autoRefresh;
		}

		public void setAutoRefresh(boolean autoRefresh) {
			this.autoRefresh = autoRefresh;
		}

		public Duration getAutoRefreshMaxTtl() {
			return this.autoRefreshMaxTtl;
		}

		public void setAutoRefreshMaxTtl(Duration autoRefreshMaxTtl) {
			PropertyChecks.require(
					autoRefreshMaxTtl == null || !autoRefreshMaxTtl.isNegative() && !autoRefreshMaxTtl.isZero(),
					"rest.social.opaque.auto-refresh-max-ttl", "must be positive");
			this.autoRefreshMaxTtl = autoRefreshMaxTtl;
		}

		public Duration getMinRefreshInterval() {
			return this.minRefreshInterval;
		}

		public void setMinRefreshInterval(Duration minRefreshInterval) {
			PropertyChecks.require(minRefreshInterval != null && !minRefreshInterval.isNegative(),
					"rest.social.opaque.min-refresh-interval", "cannot be negative");
			this.minRefreshInterval = minRefreshInterval;
		}

		public Integer getTokenLimitPerUser() {
			return this.tokenLimitPerUser;
		}

		public void setTokenLimitPerUser(Integer tokenLimitPerUser) {
			PropertyChecks.require(tokenLimitPerUser == null || tokenLimitPerUser > 0,
					"rest.social.opaque.token-limit-per-user", "must be positive");
			this.tokenLimitPerUser = tokenLimitPerUser;
		}

		public String getHeaderPrefix() {
			return this.headerPrefix;
		}

		public void setHeaderPrefix(String headerPrefix) {
			PropertyChecks.requireOneWord("rest.social.opaque.header-prefix", headerPrefix);
			this.headerPrefix = headerPrefix;
		}

	}

	/**
	 * Settings of login states.
	 */
	public static class State {

		/**
		 * Whether every OAuth 2.0 login must carry a state from the state endpoint.
		 */
		private boolean required = false;

		/**
		 * How long a state may wait for its login.
		 */
		private Duration ttl = Duration.ofMinutes(10);

		/**
		 * HMAC key that signs states, at least 256 bits; rest.social.jwt.secret when unset, else
		 * a random key made at start-up.
		 */
		private String secret;

		/**
		 * Whether a state asked for by a browser (a request with Origin or Sec-Fetch-Site) is bound
		 * to it by an HttpOnly cookie, and a browser's login refused unless its state is bound to it.
		 */
		private boolean bindToBrowser = true;

		/**
		 * Name of the cookie that binds a state to the browser that asked for it.
		 */
		private String cookieName = "SOCIAL_STATE";

		/**
		 * SameSite attribute of the state cookie: Lax, Strict, or None (a front-end on another
		 * site than the API's; None needs https, as the cookie is then Secure).
		 */
		private String cookieSameSite = "Lax";

		/**
		 * Whether a native app's id_token login is refused unless it sends a state whose nonce its
		 * ID token carries.
		 */
		private boolean requireIdTokenNonce = false;

		public boolean isRequired() {
			return this.required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}

		public Duration getTtl() {
			return this.ttl;
		}

		public void setTtl(Duration ttl) {
			PropertyChecks.requirePositive("rest.social.state.ttl", ttl);
			this.ttl = ttl;
		}

		public String getSecret() {
			return this.secret;
		}

		public void setSecret(String secret) {
			PropertyChecks.requireSecret("rest.social.state.secret", secret, "");
			this.secret = secret;
		}

		public boolean isBindToBrowser() {
			return this.bindToBrowser;
		}

		public void setBindToBrowser(boolean bindToBrowser) {
			this.bindToBrowser = bindToBrowser;
		}

		public String getCookieName() {
			return this.cookieName;
		}

		public void setCookieName(String cookieName) {
			PropertyChecks.require(cookieName != null && cookieName.matches("[A-Za-z0-9_\\-]+"),
					"rest.social.state.cookie-name", "must be letters, digits, '_' and '-'");
			this.cookieName = cookieName;
		}

		public String getCookieSameSite() {
			return this.cookieSameSite;
		}

		public void setCookieSameSite(String cookieSameSite) {
			PropertyChecks.require(cookieSameSite != null && cookieSameSite.matches("(?i)lax|strict|none"),
					"rest.social.state.cookie-same-site", "must be Lax, Strict or None");
			this.cookieSameSite = cookieSameSite;
		}

		public boolean isRequireIdTokenNonce() {
			return this.requireIdTokenNonce;
		}

		public void setRequireIdTokenNonce(boolean requireIdTokenNonce) {
			this.requireIdTokenNonce = requireIdTokenNonce;
		}

	}

	/**
	 * Bounds on what the starter's endpoints read from a request.
	 */
	public static class Limits {

		/**
		 * Largest request body the starter's endpoints read; a larger one is answered 413 unread.
		 */
		private DataSize maxBodySize = DataSize.ofKilobytes(64);

		/**
		 * Longest value, in characters, of a request field (code, state, provider, redirect_uri,
		 * oauth_token, oauth_verifier, user, partial_token, ...; code_verifier at most 128, as
		 * RFC 7636 allows); a longer one is answered 400.
		 */
		private int maxFieldLength = 2048;

		/**
		 * Longest value, in characters, of a token field (id_token and access_token from native
		 * apps, the JWT companions' refresh and token); a longer one is answered 400.
		 */
		private int maxTokenLength = 16384;

		public DataSize getMaxBodySize() {
			return this.maxBodySize;
		}

		public void setMaxBodySize(DataSize maxBodySize) {
			PropertyChecks.require(
					maxBodySize != null && maxBodySize.toBytes() > 0 && maxBodySize.toBytes() < Integer.MAX_VALUE,
					"rest.social.limits.max-body-size", "must be positive and less than 2GB");
			this.maxBodySize = maxBodySize;
		}

		public int getMaxFieldLength() {
			return this.maxFieldLength;
		}

		public void setMaxFieldLength(int maxFieldLength) {
			PropertyChecks.requirePositive("rest.social.limits.max-field-length", maxFieldLength);
			this.maxFieldLength = maxFieldLength;
		}

		public int getMaxTokenLength() {
			return this.maxTokenLength;
		}

		public void setMaxTokenLength(int maxTokenLength) {
			PropertyChecks.requirePositive("rest.social.limits.max-token-length", maxTokenLength);
			this.maxTokenLength = maxTokenLength;
		}

	}

}
