package io.restsocial.core.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.restsocial.core.MutableClock;

import io.restsocial.core.account.SocialAccountService;
import io.restsocial.core.TestHttp;
import io.restsocial.core.error.AuthAlreadyAssociatedException;
import io.restsocial.core.error.AuthForbiddenException;
import io.restsocial.core.error.NotAllowedToDisconnectException;
import io.restsocial.core.provider.LoginRequest;
import io.restsocial.core.login.LoginResult;
import io.restsocial.core.login.SocialAuthenticator;
import io.restsocial.core.oauth1.RequestToken;
import io.restsocial.core.oauth1.OAuth1Provider;
import io.restsocial.core.oauth2.OAuth2Provider;
import io.restsocial.core.partial.PartialLogin;
import io.restsocial.core.pipeline.AssociateByEmailStep;
import io.restsocial.core.pipeline.AssociateUserStep;
import io.restsocial.core.pipeline.LoadExtraDataStep;
import io.restsocial.core.pipeline.Pipeline;
import io.restsocial.core.pipeline.PipelineSettings;
import io.restsocial.core.pipeline.UserDetailsStep;
import io.restsocial.core.provider.InMemoryProviderRegistry;
import io.restsocial.core.provider.ProviderRegistration;
import io.restsocial.core.error.InvalidRequestException;
import io.restsocial.core.error.LoginPausedException;
import io.restsocial.core.pipeline.RequireEmailStep;
import io.restsocial.core.pipeline.SocialDetailsStep;
import io.restsocial.core.pipeline.SocialUserStep;
import io.restsocial.core.provider.builtin.GitHubProvider;
import io.restsocial.core.provider.builtin.TwitterProvider;
import io.restsocial.core.state.BrowserBinding;
import io.restsocial.core.state.ConsumedState;
import io.restsocial.core.state.IssuedState;
import io.restsocial.core.state.Pkce;
import io.restsocial.core.token.IssuedOpaqueToken;
import io.restsocial.core.user.NewUser;
import io.restsocial.core.user.SocialAccount;
import io.restsocial.core.user.SocialAccountRepository;
import io.restsocial.core.user.SocialUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The JDBC storage and the default pipeline over it, run against each database the schema
 * supports (one subclass per database). Logins go through a GitHub provider whose endpoints
 * are WireMock stubs.
 */
abstract class JdbcStorageTests {

	@RegisterExtension
	static WireMockExtension github = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	@RegisterExtension
	static WireMockExtension twitter = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	private static final String TWITTER_REQUEST_TOKEN = "NPcudxy0yU5T3tBzho7iCotZ3cnetKwcTIRlX0iwRl0";

	private DataSource dataSource;

	private JdbcClient jdbc;

	private JdbcUserService users;

	private JdbcSocialAccountRepository accounts;

	private JdbcStoredTokenService tokens;

	private TransactionTemplate transactions;

	// The clock of the users, accounts and stored tokens: the dates they write are its.
	private final MutableClock storageClock = new MutableClock(Instant.parse("2026-03-01T09:30:00Z"));

	protected abstract DataSource createDataSource();

	protected abstract String platform();

	@BeforeEach
	void setUp() {
		this.dataSource = createDataSource();
		new ResourceDatabasePopulator(
				new ClassPathResource("io/restsocial/core/jdbc/schema-" + platform() + ".sql"))
			.execute(this.dataSource);
		// Twice: the scripts must only create what is missing.
		new ResourceDatabasePopulator(
				new ClassPathResource("io/restsocial/core/jdbc/schema-" + platform() + ".sql"))
			.execute(this.dataSource);
		this.jdbc = JdbcClient.create(this.dataSource);
		for (String table : List.of("social_token", "social_account", "social_user", "social_opaque_token",
				"social_jwt_blacklist", "social_state", "social_partial")) {
			this.jdbc.sql("DELETE FROM " + table).update();
		}
		this.users = new JdbcUserService(this.jdbc, this.storageClock);
		this.accounts = new JdbcSocialAccountRepository(this.jdbc, this.storageClock);
		this.tokens = new JdbcStoredTokenService(this.jdbc, this.storageClock);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(this.dataSource));
	}

	@Test
	void userServiceWhenCreatedThenFoundByIdAndUsername() {
		SocialUser created = this.users.create(new NewUser("jdoe", "j@example.com", "Jane", "Doe"));
		assertThat(created.id()).isInstanceOf(Long.class);
		assertThat(this.users.findById(created.idAsString())).contains(created);
		assertThat(this.users.usernameExists("jdoe")).isTrue();
		assertThat(this.users.usernameExists("other")).isFalse();
		assertThat(this.users.findById("not-a-number")).isEmpty();
		this.users.update(created.withNames("Janet", "Doe-Smith"));
		assertThat(this.users.findById(created.idAsString())).get()
			.extracting(SocialUser::firstName, SocialUser::lastName)
			.containsExactly("Janet", "Doe-Smith");
	}

	@Test
	void userServiceWhenUsernameTakenThenDuplicateKey() {
		this.users.create(new NewUser("jdoe", "", "", ""));
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.users.create(new NewUser("jdoe", "", "", "")));
	}

	@Test
	void accountRepositoryWhenCreatedThenFoundAndExtraDataKept() {
		SocialAccount account = this.accounts.create("github", "583231", "7");
		this.accounts.updateExtraData(account.id(), Map.of("access_token", "gho_x", "expires", 3600));
		SocialAccount found = this.accounts.find("github", "583231").orElseThrow();
		assertThat(found.userId()).isEqualTo("7");
		assertThat(found.extraData()).containsEntry("access_token", "gho_x").containsEntry("expires", 3600);
		assertThat(found.toString()).doesNotContain("gho_x");
		assertThat(this.accounts.findByUserId("7")).extracting(SocialAccount::uid).containsExactly("583231");
		assertThat(this.accounts.find("facebook", "583231")).isEmpty();
	}

	@Test
	void accountRepositoryWhenFoundWithItsUserThroughTheUserServicesClientThenOneQuery() {
		SocialUser user = this.users.create(new NewUser("jdoe", "j@example.com", "Jane", "Doe"));
		this.accounts.create("github", "583231", user.idAsString());
		this.accounts.create("github", "404", "9999999");
		List<String> statements = new CopyOnWriteArrayList<>();
		JdbcClient counted = JdbcClient.create(recordingStatements(this.dataSource, statements));
		JdbcUserService sameClientUsers = new JdbcUserService(counted, this.storageClock);
		JdbcSocialAccountRepository sameClientAccounts = new JdbcSocialAccountRepository(counted, this.storageClock);

		SocialAccountRepository.AccountWithUser found = sameClientAccounts
			.findWithUser("github", "583231", sameClientUsers)
			.orElseThrow();
		assertThat(statements).hasSize(1);
		assertThat(found.user()).isEqualTo(user);
		assertThat(found.account()).isEqualTo(this.accounts.find("github", "583231").orElseThrow());
		// An account whose user is gone, and no account at all.
		assertThat(sameClientAccounts.findWithUser("github", "404", sameClientUsers)).get()
			.satisfies((orphan) -> assertThat(orphan.user()).isNull());
		assertThat(sameClientAccounts.findWithUser("github", "nobody", sameClientUsers)).isEmpty();

		// Another client may be another database: the account, then the user, as the interface does.
		statements.clear();
		assertThat(sameClientAccounts.findWithUser("github", "583231", this.users)).contains(found);
		assertThat(statements).hasSize(1);
	}

	@Test
	void accountRepositoryWhenSameProviderAndUidTwiceThenDuplicateKey() {
		this.accounts.create("github", "1", "7");
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.accounts.create("github", "1", "8"));
	}

	@Test
	void storageWhenItWritesADateThenItIsTheInjectedClocks() {
		Instant now = this.storageClock.instant();
		SocialUser user = this.users.create(new NewUser("jdoe", "", "", ""));
		assertThat(instant("SELECT date_joined FROM social_user")).isEqualTo(now);
		assertThat(instant("SELECT last_login FROM social_user")).isEqualTo(now);
		SocialAccount account = this.accounts.create("github", "583231", user.idAsString());
		assertThat(account.created()).isEqualTo(now);
		assertThat(instant("SELECT created FROM social_account")).isEqualTo(now);
		assertThat(instant("SELECT modified FROM social_account")).isEqualTo(now);
		this.tokens.obtain(user.idAsString());
		assertThat(instant("SELECT created FROM social_token")).isEqualTo(now);

		this.storageClock.advance(Duration.ofHours(2));
		this.accounts.updateExtraData(account.id(), Map.of("access_token", "gho_x"));
		assertThat(instant("SELECT modified FROM social_account")).isEqualTo(now.plus(Duration.ofHours(2)));
		assertThat(instant("SELECT created FROM social_account")).isEqualTo(now);
	}

	@Test
	void storedTokenWhenObtainedTwiceThenSame256BitToken() {
		String token = this.tokens.obtain("7");
		assertThat(token).matches("[0-9a-f]{64}");
		assertThat(this.tokens.obtain("7")).isEqualTo(token);
		assertThat(this.tokens.obtain("8")).isNotEqualTo(token);
		assertThat(this.tokens.findUserId(token)).contains("7");
		assertThat(this.tokens.findUserId("0".repeat(64))).isEmpty();
		assertThat(this.tokens.findUserId("")).isEmpty();
		this.tokens.revoke("7");
		assertThat(this.tokens.findUserId(token)).isEmpty();
		assertThat(this.tokens.obtain("7")).isNotEqualTo(token);
	}

	@Test
	void storedTokenWhenItsUserWasCreatedInTheSameTransactionThenInsertedWithoutLookingForOne() {
		List<String> statements = new CopyOnWriteArrayList<>();
		DataSource recorded = recordingStatements(this.dataSource, statements);
		JdbcClient jdbc = JdbcClient.create(recorded);
		JdbcUserService users = new JdbcUserService(jdbc, this.storageClock);
		JdbcStoredTokenService tokens = new JdbcStoredTokenService(jdbc, this.storageClock);
		TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(recorded));

		String[] issued = transactions.execute((status) -> {
			SocialUser user = users.create(new NewUser("ann", "", "", ""));
			String token = tokens.obtain(user.idAsString());
			assertThat(statements).extracting(JdbcStorageTests::verbAndTable)
				.containsExactly("INSERT social_user", "INSERT social_token");
			// Made once, the token is looked for again, and found.
			assertThat(tokens.obtain(user.idAsString())).isEqualTo(token);
			assertThat(statements).extracting(JdbcStorageTests::verbAndTable)
				.containsExactly("INSERT social_user", "INSERT social_token", "SELECT social_token");
			return new String[] { user.idAsString(), token };
		});
		assertThat(this.tokens.findUserId(issued[1])).contains(issued[0]);
		statements.clear();
		String again = transactions.execute((status) -> tokens.obtain(issued[0]));
		assertThat(again).isEqualTo(issued[1]);
		assertThat(statements).extracting(JdbcStorageTests::verbAndTable).containsExactly("SELECT social_token");

		// Rolled back: the next transaction looks for the token of the same id.
		String rolledBack = transactions.execute((status) -> {
			status.setRollbackOnly();
			return users.create(new NewUser("bob", "", "", "")).idAsString();
		});
		statements.clear();
		transactions.executeWithoutResult((status) -> tokens.obtain(rolledBack));
		assertThat(statements).extracting(JdbcStorageTests::verbAndTable)
			.containsExactly("SELECT social_token", "INSERT social_token");

		// Without a transaction, through another client, or in a transaction of its own: looked for.
		for (Runnable created : List.<Runnable>of(() -> tokens.obtain(users.create(new NewUser("cy", "", "", "")).idAsString()),
				() -> transactions.executeWithoutResult((status) -> new JdbcStoredTokenService(JdbcClient.create(recorded),
						this.storageClock)
					.obtain(users.create(new NewUser("di", "", "", "")).idAsString())),
				() -> transactions.executeWithoutResult((status) -> {
					String id = users.create(new NewUser("ed", "", "", "")).idAsString();
					TransactionTemplate inner = new TransactionTemplate(transactions.getTransactionManager());
					inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
					inner.executeWithoutResult((innerStatus) -> tokens.obtain(id));
				}))) {
			statements.clear();
			created.run();
			assertThat(statements).extracting(JdbcStorageTests::verbAndTable)
				.containsExactly("INSERT social_user", "SELECT social_token", "INSERT social_token");
		}
	}

	@Test
	void storedTokenWhenReadWithTheAccountInTheSameTransactionThenHandedOutWithoutLookingForIt() {
		SocialUser ann = this.users.create(new NewUser("ann", "", "", ""));
		SocialUser bob = this.users.create(new NewUser("bob", "", "", ""));
		this.accounts.create("github", "1", ann.idAsString());
		this.accounts.create("github", "404", "9999999");
		String annsToken = this.tokens.obtain(ann.idAsString());
		List<String> statements = new CopyOnWriteArrayList<>();
		DataSource recorded = recordingStatements(this.dataSource, statements);
		JdbcClient jdbc = JdbcClient.create(recorded);
		JdbcUserService users = new JdbcUserService(jdbc, this.storageClock);
		JdbcStoredTokenService tokens = new JdbcStoredTokenService(jdbc, this.storageClock);
		JdbcSocialAccountRepository accounts = new JdbcSocialAccountRepository(jdbc, this.storageClock, tokens);
		TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(recorded));

		// The token read with the account and its user.
		String handedOut = transactions.execute((status) -> {
			assertThat(accounts.findWithUser("github", "1", users).orElseThrow().user()).isEqualTo(ann);
			return tokens.obtain(ann.idAsString());
		});
		assertThat(handedOut).isEqualTo(annsToken);
		assertThat(statements).extracting(JdbcStorageTests::verbAndTable).containsExactly("SELECT social_account");

		// Taken once: looked for again in the same transaction; another user's looked for.
		statements.clear();
		transactions.executeWithoutResult((status) -> {
			accounts.findWithUser("github", "1", users);
			assertThat(tokens.obtain(ann.idAsString())).isEqualTo(annsToken);
			assertThat(tokens.obtain(ann.idAsString())).isEqualTo(annsToken);
			tokens.obtain(bob.idAsString());
		});
		assertThat(statements).extracting(JdbcStorageTests::verbAndTable)
			.containsExactly("SELECT social_account", "SELECT social_token", "SELECT social_token",
					"INSERT social_token");

		// Revoked after the read: a new token, found missing by looking.
		statements.clear();
		String renewed = transactions.execute((status) -> {
			accounts.findWithUser("github", "1", users);
			tokens.revoke(ann.idAsString());
			return tokens.obtain(ann.idAsString());
		});
		assertThat(renewed).isNotEqualTo(annsToken).matches("[0-9a-f]{64}");
		assertThat(this.tokens.findUserId(renewed)).contains(ann.idAsString());
		assertThat(this.tokens.findUserId(annsToken)).isEmpty();
		assertThat(statements).extracting(JdbcStorageTests::verbAndTable)
			.containsExactly("SELECT social_account", "DELETE social_token", "SELECT social_token",
					"INSERT social_token");

		// Read as having none: the first token inserted at once, and it is the user's.
		this.tokens.revoke(ann.idAsString());
		statements.clear();
		String first = transactions.execute((status) -> {
			accounts.findWithUser("github", "1", users);
			return tokens.obtain(ann.idAsString());
		});
		assertThat(this.tokens.findUserId(first)).contains(ann.idAsString());
		assertThat(statements).extracting(JdbcStorageTests::verbAndTable)
			.containsExactly("SELECT social_account", "INSERT social_token");

		// An account without its user notes nothing.
		statements.clear();
		transactions.executeWithoutResult((status) -> {
			assertThat(accounts.findWithUser("github", "404", users).orElseThrow().user()).isNull();
			tokens.obtain("9999999");
		});
		assertThat(statements).extracting(JdbcStorageTests::verbAndTable)
			.containsExactly("SELECT social_account", "SELECT social_token", "INSERT social_token");

		// Without a transaction, or with a token service on another client: looked for.
		JdbcSocialAccountRepository otherClients = new JdbcSocialAccountRepository(jdbc, this.storageClock,
				new JdbcStoredTokenService(JdbcClient.create(recorded), this.storageClock));
		for (Runnable login : List.<Runnable>of(() -> {
			accounts.findWithUser("github", "1", users);
			tokens.obtain(ann.idAsString());
		}, () -> transactions.executeWithoutResult((status) -> {
			otherClients.findWithUser("github", "1", users);
			tokens.obtain(ann.idAsString());
		}))) {
			statements.clear();
			login.run();
			assertThat(statements).extracting(JdbcStorageTests::verbAndTable)
				.containsExactly("SELECT social_account", "SELECT social_token");
		}
		assertThat(otherClients.findWithUser("github", "1", users).orElseThrow().user()).isEqualTo(ann);
	}

	@Test
	void loginWhenFirstTimeThenUserAndAccountCreatedAndNextLoginFindsThem() {
		stubUser("c1", 583231, "octocat", "octocat@github.com", "Mona Lisa Octocat");
		SocialUser first = authenticator(Pipeline.defaults(this.users, this.accounts, PipelineSettings.defaults()))
			.login(LoginRequest.ofCode("github", "c1", null));
		assertThat(first.username()).isEqualTo("octocat");
		assertThat(first.firstName()).isEqualTo("Mona");
		assertThat(first.lastName()).isEqualTo("Lisa Octocat");
		assertThat(this.accounts.find("github", "583231")).get()
			.satisfies((account) -> assertThat(account.extraData()).containsEntry("access_token", "at-c1"));

		stubUser("c2", 583231, "octocat", "octocat@github.com", "Mona Octocat");
		SocialUser again = authenticator(Pipeline.defaults(this.users, this.accounts, PipelineSettings.defaults()))
			.login(LoginRequest.ofCode("github", "c2", null));
		assertThat(again.id()).isEqualTo(first.id());
		assertThat(again.lastName()).isEqualTo("Octocat");
		assertThat(count("social_user")).isEqualTo(1);
		assertThat(this.accounts.find("github", "583231").orElseThrow().extraData()).containsEntry("access_token",
				"at-c2");
	}

	@Test
	void loginWhenFirstTimeThenTheNewAccountIsWrittenOnceHoldingItsExtraData() {
		stubUser("c1", 583231, "octocat", "octocat@github.com", "Mona Lisa Octocat");
		List<String> statements = new CopyOnWriteArrayList<>();
		DataSource recorded = recordingStatements(this.dataSource, statements);
		JdbcClient jdbc = JdbcClient.create(recorded);
		JdbcSocialAccountRepository accounts = new JdbcSocialAccountRepository(jdbc, this.storageClock);
		SocialAuthenticator authenticator = authenticator(
				Pipeline.defaults(new JdbcUserService(jdbc, this.storageClock), accounts, PipelineSettings.defaults()),
				new TransactionTemplate(new DataSourceTransactionManager(recorded)));

		SocialUser user = authenticator.login(LoginRequest.ofCode("github", "c1", null));
		assertThat(statements).extracting(JdbcStorageTests::verbAndTable)
			.containsExactly("SELECT social_account", "SELECT social_user", "INSERT social_user",
					"INSERT social_account");
		assertThat(this.accounts.find("github", "583231")).get().satisfies((account) -> {
			assertThat(account.userId()).isEqualTo(user.idAsString());
			assertThat(account.extraData()).containsEntry("access_token", "at-c1").containsEntry("token_type", "bearer");
		});

		// Back with a new access token: one read, and the one write it changed.
		stubUser("c2", 583231, "octocat", "octocat@github.com", "Mona Lisa Octocat");
		statements.clear();
		assertThat(authenticator.login(LoginRequest.ofCode("github", "c2", null))).isEqualTo(user);
		assertThat(statements).extracting(JdbcStorageTests::verbAndTable)
			.containsExactly("SELECT social_account", "UPDATE social_account");
	}

	@Test
	void loginWhenThePipelineLoadsNoExtraDataThenTheNewAccountKeepsNone() {
		stubUser("c1", 583231, "octocat", "octocat@github.com", "Mona Lisa Octocat");
		Pipeline pipeline = Pipeline.builder(Pipeline.defaults(this.users, this.accounts, PipelineSettings.defaults()))
			.remove(LoadExtraDataStep.class)
			.build();
		authenticator(pipeline).login(LoginRequest.ofCode("github", "c1", null));
		assertThat(this.accounts.find("github", "583231").orElseThrow().extraData()).isEmpty();

		// Loaded before the account exists, python-social-auth's load_extra_data keeps nothing either.
		stubUser("c2", 404, "hubot", "", "Hubot");
		Pipeline early = Pipeline.builder(pipeline)
			.addBefore(AssociateUserStep.class, new LoadExtraDataStep(this.accounts))
			.build();
		authenticator(early).login(LoginRequest.ofCode("github", "c2", null));
		assertThat(this.accounts.find("github", "404").orElseThrow().extraData()).isEmpty();
	}

	@Test
	void accountRepositoryWhenItOnlyCreatesAndUpdatesThenTheInterfaceKeepsTheExtraDataOfANewAccount() {
		SocialAccountRepository plain = new SocialAccountRepository() {

			@Override
			public Optional<SocialAccount> find(String provider, String uid) {
				return JdbcStorageTests.this.accounts.find(provider, uid);
			}

			@Override
			public List<SocialAccount> findByUserId(String userId) {
				return JdbcStorageTests.this.accounts.findByUserId(userId);
			}

			@Override
			public SocialAccount create(String provider, String uid, String userId) {
				return JdbcStorageTests.this.accounts.create(provider, uid, userId);
			}

			@Override
			public void updateExtraData(long accountId, Map<String, Object> extraData) {
				JdbcStorageTests.this.accounts.updateExtraData(accountId, extraData);
			}

			@Override
			public boolean delete(long accountId) {
				return JdbcStorageTests.this.accounts.delete(accountId);
			}

		};
		SocialAccount created = plain.create("github", "583231", "7", Map.of("access_token", "gho_x"));
		assertThat(created.extraData()).containsExactly(Map.entry("access_token", "gho_x"));
		assertThat(this.accounts.find("github", "583231").orElseThrow().extraData())
			.containsExactly(Map.entry("access_token", "gho_x"));
		assertThat(plain.create("github", "404", "7", Map.of()).extraData()).isEmpty();
	}

	@Test
	void loginWhenAReturningUsersExtraDataIsUnchangedThenTheAccountIsNotWritten() {
		this.jdbc.sql("DELETE FROM social_oauth1_request").update();
		stubTwitter("7588892-kagSNqWge8gB1WwE3plnFsJHAZVfxWD7Vb57p0b4");
		SocialAuthenticator authenticator = twitterAuthenticator();
		SocialUser user = twitterLogin(authenticator);
		assertThat(this.accounts.find("twitter", "7588892").orElseThrow().extraData()).satisfies((data) -> {
			assertThat(((Number) data.get("auth_time")).longValue())
				.isEqualTo(this.storageClock.instant().getEpochSecond());
			assertThat(data.get("access_token")).isEqualTo(Map.of("oauth_token",
					"7588892-kagSNqWge8gB1WwE3plnFsJHAZVfxWD7Vb57p0b4", "oauth_token_secret", "PbKfYqSryyeKDWz"));
		});
		// A write stamps modified with the clock's time: a date no write sets shows there was none.
		Instant unwritten = Instant.parse("2000-01-01T00:00:00Z");
		this.jdbc.sql("UPDATE social_account SET modified = ?").param(Timestamp.from(unwritten)).update();

		// The same tokens in the same second: nothing to write.
		assertThat(twitterLogin(authenticator).id()).isEqualTo(user.id());
		assertThat(instant("SELECT modified FROM social_account")).isEqualTo(unwritten);

		// A new token is written.
		stubTwitter("7588892-another-access-token");
		twitterLogin(authenticator);
		assertThat(instant("SELECT modified FROM social_account")).isEqualTo(this.storageClock.instant());
		assertThat(this.accounts.find("twitter", "7588892").orElseThrow().extraData().get("access_token"))
			.isEqualTo(Map.of("oauth_token", "7588892-another-access-token", "oauth_token_secret", "PbKfYqSryyeKDWz"));

		// As in python-social-auth, auth_time is the last login's second: a later login writes it.
		this.jdbc.sql("UPDATE social_account SET modified = ?").param(Timestamp.from(unwritten)).update();
		this.storageClock.advance(Duration.ofSeconds(1));
		twitterLogin(authenticator);
		assertThat(instant("SELECT modified FROM social_account")).isEqualTo(this.storageClock.instant());
		assertThat(((Number) this.accounts.find("twitter", "7588892").orElseThrow().extraData().get("auth_time"))
			.longValue()).isEqualTo(this.storageClock.instant().getEpochSecond());
		assertThat(count("social_account")).isOne();
	}

	@Test
	void loginWhenUsernameTakenThenMadeUniqueWithHexSuffix() {
		this.users.create(new NewUser("octocat", "", "", ""));
		stubUser("c1", 1, "octocat", "", "");
		SocialUser user = authenticator(Pipeline.defaults(this.users, this.accounts, PipelineSettings.defaults()))
			.login(LoginRequest.ofCode("github", "c1", null));
		assertThat(user.username()).matches("octocat[0-9a-f]{16}");
	}

	@Test
	void loginWhenAuthenticatedCallerThenNewAccountLinkedToCaller() {
		SocialUser caller = this.users.create(new NewUser("me", "me@example.com", "", ""));
		stubUser("c1", 99, "someone", "", "");
		SocialUser user = authenticator(Pipeline.defaults(this.users, this.accounts, PipelineSettings.defaults()))
			.login(LoginRequest.ofCode("github", "c1", null).withCurrentUser(caller));
		assertThat(user.id()).isEqualTo(caller.id());
		assertThat(this.accounts.find("github", "99").orElseThrow().userId()).isEqualTo(caller.idAsString());
		assertThat(count("social_user")).isEqualTo(1);
	}

	@Test
	void loginWhenACallersStaleCopyLinksAVerifiedEmailThenTheStoredVerifiedEmailIsKept() {
		SocialUser stored = this.users.create(new NewUser("me", "me@example.com", "", "", true));
		// As a session written before the flag, or before the email was verified, holds the caller.
		SocialUser stale = new SocialUser(stored.id(), "me", "me@example.com", "", "");
		stubUser("c1", 99, "someone", "work@example.com", "");
		stubEmails("work@example.com", true);
		SocialUser user = authenticator(Pipeline.defaults(this.users, this.accounts, PipelineSettings.defaults()))
			.login(LoginRequest.ofCode("github", "c1", null).withCurrentUser(stale));
		assertThat(user.id()).isEqualTo(stored.id());
		assertThat(this.users.findById(stored.idAsString())).contains(stored);
		assertThat(this.accounts.find("github", "99").orElseThrow().userId()).isEqualTo(stored.idAsString());
	}

	@Test
	void loginWhenAccountBelongsToAnotherUserThenRefusedAndNothingChanged() {
		SocialUser owner = this.users.create(new NewUser("owner", "", "", ""));
		SocialUser caller = this.users.create(new NewUser("caller", "", "", ""));
		this.accounts.create("github", "99", owner.idAsString());
		stubUser("c1", 99, "owner", "", "");
		assertThatExceptionOfType(AuthAlreadyAssociatedException.class).isThrownBy(
				() -> authenticator(Pipeline.defaults(this.users, this.accounts, PipelineSettings.defaults()))
					.login(LoginRequest.ofCode("github", "c1", null).withCurrentUser(caller)));
		assertThat(this.accounts.find("github", "99").orElseThrow().userId()).isEqualTo(owner.idAsString());
	}

	@Test
	void loginWhenDomainNotAllowedThenForbiddenAndNothingWritten() {
		stubUser("c1", 5, "eve", "eve@evil.example", "");
		PipelineSettings settings = new PipelineSettings(Set.of("example.com"), Set.of(), false, 150, 16);
		assertThatExceptionOfType(AuthForbiddenException.class)
			.isThrownBy(() -> authenticator(Pipeline.defaults(this.users, this.accounts, settings))
				.login(LoginRequest.ofCode("github", "c1", null)));
		assertThat(count("social_user")).isZero();
	}

	@Test
	void findByEmailWhenCaseDiffersThenFoundAndNeverMoreThanTwo() {
		SocialUser first = this.users.create(new NewUser("a1", "Ann@Example.com", "", ""));
		assertThat(this.users.findByEmail("ann@example.COM")).extracting(SocialUser::id).containsExactly(first.id());
		this.users.create(new NewUser("a2", "ann@example.com", "", ""));
		this.users.create(new NewUser("a3", "ANN@example.com", "", ""));
		assertThat(this.users.findByEmail("ann@example.com")).hasSize(2);
		assertThat(this.users.findByEmail("")).isEmpty();
		assertThat(this.users.findByEmail("nobody@example.com")).isEmpty();
	}

	@Test
	void userServiceWhenEmailVerifiedThenKeptAndOnlyVerifiedUsersFoundByVerifiedEmail() {
		// Unverified holders of the address must not crowd the verified one out of the two-row answer.
		SocialUser first = this.users.create(new NewUser("a1", "ann@example.com", "", ""));
		this.users.create(new NewUser("a2", "ANN@example.com", "", ""));
		this.users.create(new NewUser("a3", "ann@EXAMPLE.com", "", ""));
		SocialUser verified = this.users.create(new NewUser("a4", "Ann@Example.com", "", "", true));
		assertThat(verified.emailVerified()).isTrue();
		assertThat(this.users.findById(verified.idAsString())).get()
			.extracting(SocialUser::emailVerified)
			.isEqualTo(true);
		assertThat(this.users.findById(first.idAsString())).get()
			.extracting(SocialUser::emailVerified)
			.isEqualTo(false);
		assertThat(this.users.findByVerifiedEmail("ann@example.com")).extracting(SocialUser::id)
			.containsExactly(verified.id());

		this.users.update(first.withEmail("ann@example.com", true));
		assertThat(this.users.findById(first.idAsString())).get()
			.extracting(SocialUser::emailVerified)
			.isEqualTo(true);
		assertThat(this.users.findByVerifiedEmail("ANN@example.com")).extracting(SocialUser::id)
			.containsExactly(first.id(), verified.id());
		assertThat(this.users.findByVerifiedEmail("")).isEmpty();
		assertThat(this.users.findByVerifiedEmail("nobody@example.com")).isEmpty();
	}

	@Test
	void userServiceWhenVerifiedEmailIsEmptyOrCutThenNotVerified() {
		assertThat(this.users.create(new NewUser("e1", "", "", "", true)).emailVerified()).isFalse();
		String tooLong = "a".repeat(300) + "@example.com";
		SocialUser cut = this.users.create(new NewUser("e2", tooLong, "", "", true));
		assertThat(cut.email()).hasSize(JdbcUserService.EMAIL_LENGTH);
		assertThat(cut.emailVerified()).isFalse();
		assertThat(this.users.update(cut.withEmail(tooLong, true)).emailVerified()).isFalse();
		assertThat(this.users.findById(cut.idAsString())).get()
			.extracting(SocialUser::emailVerified)
			.isEqualTo(false);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_user WHERE email_verified").query(Long.class).single())
			.isZero();
	}

	@Test
	void schemaWhenSocialUserPredatesEmailVerifiedThenTheScriptAddsItAndOldUsersAreUnverified() {
		this.jdbc.sql("ALTER TABLE social_user DROP COLUMN email_verified").update();
		this.jdbc.sql("INSERT INTO social_user (username, email, date_joined) VALUES ('old', 'old@example.com',"
				+ " CURRENT_TIMESTAMP)").update();
		new ResourceDatabasePopulator(
				new ClassPathResource("io/restsocial/core/jdbc/schema-" + platform() + ".sql"))
			.execute(this.dataSource);
		SocialUser old = this.users.findByEmail("old@example.com").get(0);
		assertThat(old.emailVerified()).isFalse();
		assertThat(this.users.findByVerifiedEmail("old@example.com")).isEmpty();
		assertThat(this.users.create(new NewUser("new", "new@example.com", "", "", true)).emailVerified()).isTrue();
	}

	@Test
	void loginWhenAnAttackersUnverifiedUserHoldsTheVictimsEmailThenTheVictimGetsANewUser() {
		Pipeline pipeline = Pipeline.builder(Pipeline.defaults(this.users, this.accounts, PipelineSettings.defaults()))
			.addAfter(SocialUserStep.class, new AssociateByEmailStep(this.users))
			.build();
		// The attacker's account shows the victim's address, which the provider never verified.
		stubUser("attacker", 666, "mallory", "victim@example.com", "");
		stubEmails("victim@example.com", false);
		SocialUser attacker = authenticator(pipeline).login(LoginRequest.ofCode("github", "attacker", null));
		assertThat(attacker.emailVerified()).isFalse();

		// Then the victim logs in, the address verified.
		stubUser("victim", 1, "victim", "Victim@Example.com", "");
		stubEmails("Victim@Example.com", true);
		SocialUser victim = authenticator(pipeline).login(LoginRequest.ofCode("github", "victim", null));

		assertThat(victim.id()).isNotEqualTo(attacker.id());
		assertThat(victim.emailVerified()).isTrue();
		assertThat(this.accounts.find("github", "1").orElseThrow().userId()).isEqualTo(victim.idAsString());
		assertThat(this.accounts.findByUserId(attacker.idAsString())).extracting(SocialAccount::uid)
			.containsExactly("666");
		assertThat(this.users.findById(attacker.idAsString())).get().extracting(SocialUser::emailVerified)
			.isEqualTo(false);

		// A second verified login with the same address is associated with the verified user.
		stubUser("victim-again", 2, "victim2", "victim@example.com", "");
		stubEmails("victim@example.com", true);
		SocialUser again = authenticator(pipeline).login(LoginRequest.ofCode("github", "victim-again", null));
		assertThat(again.id()).isEqualTo(victim.id());
		assertThat(count("social_user")).isEqualTo(2);
	}

	@Test
	void loginWhenAReturningUserProvesAnEmailThenItIsVerifiedAndThenProtected() {
		Pipeline pipeline = Pipeline.defaults(this.users, this.accounts, PipelineSettings.defaults());
		stubUser("c1", 5, "bob", "old@example.com", "Bob");
		stubEmails("old@example.com", false);
		SocialUser bob = authenticator(pipeline).login(LoginRequest.ofCode("github", "c1", null));
		assertThat(bob.emailVerified()).isFalse();

		// An unverified email changes nothing.
		stubUser("c2", 5, "bob", "other@example.com", "Bob");
		stubEmails("other@example.com", false);
		authenticator(pipeline).login(LoginRequest.ofCode("github", "c2", null));
		assertThat(this.users.findById(bob.idAsString())).get()
			.extracting(SocialUser::email, SocialUser::emailVerified)
			.containsExactly("old@example.com", false);

		// A verified one replaces the unverified one.
		stubUser("c3", 5, "bob", "bob@example.com", "Bob");
		stubEmails("bob@example.com", true);
		SocialUser proven = authenticator(pipeline).login(LoginRequest.ofCode("github", "c3", null));
		assertThat(proven.email()).isEqualTo("bob@example.com");
		assertThat(proven.emailVerified()).isTrue();
		assertThat(this.users.findById(bob.idAsString())).contains(proven);

		// Once verified, the email is protected, from an unverified and a verified email alike.
		stubUser("c4", 5, "bob", "mallory@example.com", "Bob");
		stubEmails("mallory@example.com", false);
		authenticator(pipeline).login(LoginRequest.ofCode("github", "c4", null));
		stubUser("c5", 5, "bob", "new@example.com", "Bob");
		stubEmails("new@example.com", true);
		authenticator(pipeline).login(LoginRequest.ofCode("github", "c5", null));
		assertThat(this.users.findById(bob.idAsString())).get()
			.extracting(SocialUser::email, SocialUser::emailVerified)
			.containsExactly("bob@example.com", true);
	}

	@Test
	void loginWhenVerifiedEmailBelongsToTwoUsersThenAssociationRefusedAndNothingWritten() {
		this.users.create(new NewUser("d1", "dup@example.com", "", "", true));
		this.users.create(new NewUser("d2", "Dup@Example.com", "", "", true));
		stubUser("c1", 77, "dup", "dup@example.com", "");
		github.stubFor(get("/user/emails").willReturn(
				okJson("[{\"email\":\"dup@example.com\",\"verified\":true,\"primary\":true,\"visibility\":null}]")));
		Pipeline pipeline = Pipeline.builder(Pipeline.defaults(this.users, this.accounts, PipelineSettings.defaults()))
			.addAfter(SocialUserStep.class, new AssociateByEmailStep(this.users))
			.build();
		assertThatExceptionOfType(AuthForbiddenException.class)
			.isThrownBy(() -> authenticator(pipeline).login(LoginRequest.ofCode("github", "c1", null)))
			.withMessageContaining("more than one user");
		assertThat(count("social_user")).isEqualTo(2);
		assertThat(count("social_account")).isZero();
	}

	@Test
	void loginWhenALaterStepFailsThenUserAccountAndTokenRolledBack() {
		stubUser("c1", 5, "bob", "bob@example.com", "Bob");
		Pipeline failing = Pipeline.builder(Pipeline.defaults(this.users, this.accounts, PipelineSettings.defaults()))
			.addAfter(UserDetailsStep.class, (context) -> {
				throw new AuthForbiddenException("stopped by a test step");
			})
			.build();
		assertThatExceptionOfType(AuthForbiddenException.class)
			.isThrownBy(() -> authenticator(failing).login(LoginRequest.ofCode("github", "c1", null)));
		assertThat(count("social_user")).isZero();
		assertThat(count("social_account")).isZero();

		stubUser("c2", 6, "carol", "", "");
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(
				() -> authenticator(Pipeline.defaults(this.users, this.accounts, PipelineSettings.defaults()))
					.login(LoginRequest.ofCode("github", "c2", null), (user) -> {
						this.tokens.obtain(user.idAsString());
						throw new IllegalStateException("credential issuing failed");
					}));
		assertThat(count("social_user")).isZero();
		assertThat(count("social_token")).isZero();
	}

	@Test
	void opaqueTokenWhenCreatedThenOnlyDigestStoredAndItAuthenticatesUntilExpiry() {
		MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
		JdbcOpaqueTokenService opaque = new JdbcOpaqueTokenService(this.jdbc, JdbcOpaqueTokenService.Settings.defaults(),
				clock);
		IssuedOpaqueToken issued = opaque.create("7");
		assertThat(issued.token()).matches("[0-9a-f]{64}");
		assertThat(issued.expiry()).isEqualTo(Instant.parse("2026-01-01T10:00:00Z"));
		assertThat(issued.toString()).doesNotContain(issued.token());
		String stored = this.jdbc.sql("SELECT digest FROM social_opaque_token").query(String.class).single();
		assertThat(stored).hasSize(128).isEqualTo(JdbcOpaqueTokenService.digest(issued.token()))
			.doesNotContain(issued.token());
		assertThat(this.jdbc.sql("SELECT token_key FROM social_opaque_token").query(String.class).single())
			.isEqualTo(issued.token().substring(0, 15));

		assertThat(opaque.verify(issued.token())).contains("7");
		assertThat(opaque.verify(issued.token().substring(0, 63) + "x")).isEmpty();
		assertThat(opaque.verify(issued.token().substring(0, 15) + "0".repeat(49))).isEmpty();
		clock.advance(Duration.ofHours(10));
		assertThat(opaque.verify(issued.token())).isEmpty();
		assertThat(count("social_opaque_token")).isZero();
	}

	@Test
	void opaqueTokenWhenAutoRefreshThenUseExtendsExpiry() {
		MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
		JdbcOpaqueTokenService opaque = new JdbcOpaqueTokenService(this.jdbc,
				new JdbcOpaqueTokenService.Settings(Duration.ofHours(1), true, Duration.ofSeconds(60), null), clock);
		String token = opaque.create("7").token();
		clock.advance(Duration.ofMinutes(50));
		assertThat(opaque.verify(token)).contains("7");
		clock.advance(Duration.ofMinutes(50));
		assertThat(opaque.verify(token)).as("extended by the use at 50 min").contains("7");
		clock.advance(Duration.ofMinutes(61));
		assertThat(opaque.verify(token)).isEmpty();
	}

	// The attack: a stolen token used often enough never expires under auto-refresh; knox's
	// AUTO_REFRESH_MAX_TTL caps its life from its creation.
	@Test
	void opaqueTokenWhenAutoRefreshWithMaxTtlThenUseNeverExtendsItPastCreationPlusMax() {
		MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
		JdbcOpaqueTokenService opaque = new JdbcOpaqueTokenService(this.jdbc, new JdbcOpaqueTokenService.Settings(
				Duration.ofHours(1), true, Duration.ofSeconds(60), null, Duration.ofHours(3)), clock);
		String token = opaque.create("7").token();
		for (int use = 1; use <= 3; use++) {
			clock.advance(Duration.ofMinutes(50));
			assertThat(opaque.verify(token)).as("use at %d x 50 min", use).contains("7");
		}
		clock.advance(Duration.ofMinutes(31));
		assertThat(opaque.verify(token)).as("3 h 01 min after its creation").isEmpty();
	}

	@Test
	void opaqueTokenWhenNoTtlThenNeverExpires() {
		MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
		JdbcOpaqueTokenService opaque = new JdbcOpaqueTokenService(this.jdbc,
				new JdbcOpaqueTokenService.Settings(null, false, Duration.ofSeconds(60), null), clock);
		IssuedOpaqueToken issued = opaque.create("7");
		assertThat(issued.expiry()).isNull();
		clock.advance(Duration.ofDays(3650));
		assertThat(opaque.verify(issued.token())).contains("7");
	}

	@Test
	void opaqueTokenWhenLimitReachedThenRefusedUntilOneExpiresOrIsRevoked() {
		MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
		JdbcOpaqueTokenService opaque = new JdbcOpaqueTokenService(this.jdbc,
				new JdbcOpaqueTokenService.Settings(Duration.ofHours(1), false, Duration.ofSeconds(60), 2), clock);
		String first = opaque.create("7").token();
		opaque.create("7");
		assertThatExceptionOfType(AuthForbiddenException.class).isThrownBy(() -> opaque.create("7"));
		opaque.create("8");
		assertThat(opaque.revoke(first)).contains("7");
		assertThat(opaque.verify(first)).isEmpty();
		opaque.create("7");
		clock.advance(Duration.ofHours(2));
		assertThat(opaque.create("7").token()).hasSize(64);
		assertThat(opaque.revokeAll("7")).isOne();
		assertThat(opaque.revoke(first)).isEmpty();
	}

	@Test
	void jwtBlacklistWhenAddedThenContainedUntilPurgedAfterExpiry() {
		MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
		JdbcJwtBlacklist blacklist = new JdbcJwtBlacklist(this.jdbc, clock);
		assertThat(blacklist.add("jti-1", Instant.parse("2026-01-02T00:00:00Z"))).isTrue();
		assertThat(blacklist.add("jti-1", Instant.parse("2026-01-02T00:00:00Z"))).as("revoked already").isFalse();
		assertThat(blacklist.contains("jti-1")).isTrue();
		assertThat(blacklist.contains("jti-2")).isFalse();
		clock.advance(Duration.ofDays(2));
		blacklist.add("jti-2", Instant.parse("2026-01-05T00:00:00Z"));
		assertThat(blacklist.contains("jti-1")).as("purged once expired").isFalse();
		assertThat(count("social_jwt_blacklist")).isOne();
	}

	// A refresh token under rotation is used up by revoking it: of concurrent revocations of one
	// jti, exactly one may win, or one refresh token would refresh many times.
	@Test
	void jwtBlacklistWhenConcurrentAddsOfOneJtiThenExactlyOneRevokesIt() throws Exception {
		JdbcJwtBlacklist blacklist = new JdbcJwtBlacklist(this.jdbc, Clock.systemUTC());
		int threads = 8;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> adds = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				adds.add(pool.submit(() -> {
					start.await();
					return blacklist.add("raced-jti", Instant.now().plus(Duration.ofDays(1)));
				}));
			}
			start.countDown();
			int revoked = 0;
			for (Future<Boolean> add : adds) {
				revoked += add.get(30, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(revoked).isOne();
			assertThat(blacklist.contains("raced-jti")).isTrue();
		}
		finally {
			pool.shutdownNow();
		}
	}

	// The attack: a user's last two accounts disconnected at the same moment, each request seeing
	// the other account still there, leave a user who can no longer log in. The repository below
	// holds each disconnect after its read until the other has read too, or for two seconds.
	@Test
	void disconnectWhenTheLastTwoAccountsAtOnceThenOneIsRefusedAndOneAccountStays() throws Exception {
		SocialUser user = this.users.create(new NewUser("twice", "", "", ""));
		long github = this.accounts.create("github", "1", user.idAsString()).id();
		long twitter = this.accounts.create("twitter", "2", user.idAsString()).id();
		CyclicBarrier bothRead = new CyclicBarrier(2);
		SocialAccountRepository racing = (SocialAccountRepository) Proxy.newProxyInstance(
				getClass().getClassLoader(), new Class<?>[] { SocialAccountRepository.class }, (proxy, method, args) -> {
					Object result;
					try {
						result = method.invoke(this.accounts, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
					if (method.getName().startsWith("findByUserId")) {
						try {
							bothRead.await(2, TimeUnit.SECONDS);
						}
						catch (TimeoutException | BrokenBarrierException ex) {
							// The other disconnect waits for this one's lock: go on alone.
						}
					}
					return result;
				});
		SocialAccountService service = new SocialAccountService(racing, this.transactions);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Object> first = pool.submit(() -> outcome(() -> service.disconnect(user, "github", github)));
			Future<Object> second = pool.submit(() -> outcome(() -> service.disconnect(user, "twitter", twitter)));
			List<Object> outcomes = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
			assertThat(outcomes).as("%s", outcomes).containsOnlyOnce(Boolean.TRUE);
			assertThat(outcomes).filteredOn(NotAllowedToDisconnectException.class::isInstance).hasSize(1);
			assertThat(this.accounts.findByUserId(user.idAsString())).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static Object outcome(Callable<Boolean> disconnect) {
		try {
			return disconnect.call();
		}
		catch (Exception ex) {
			return ex;
		}
	}

	@Test
	void requestTokenWhenSavedThenFoundWithItsBindingUntilRemovedOnceOrExpired() {
		MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
		JdbcRequestTokenStore store = new JdbcRequestTokenStore(this.jdbc, Duration.ofMinutes(10), clock);
		this.jdbc.sql("DELETE FROM social_oauth1_request").update();
		String binding = BrowserBinding.hash("a-browser");
		store.save("twitter", "bound", "bound-secret", binding);
		store.save("twitter", "unbound", "unbound-secret", null);
		assertThat(store.find("twitter", "bound")).contains(new RequestToken("bound-secret", binding));
		assertThat(store.find("twitter", "unbound")).contains(new RequestToken("unbound-secret", null));
		assertThat(store.find("other", "bound")).isEmpty();
		assertThat(store.remove("twitter", "bound")).isTrue();
		assertThat(store.remove("twitter", "bound")).as("used once").isFalse();
		assertThat(store.find("twitter", "bound")).isEmpty();
		clock.advance(Duration.ofMinutes(10));
		assertThat(store.find("twitter", "unbound")).as("expired").isEmpty();
	}

	@Test
	void partialLoginWhenSavedThenConsumedOnceUntilExpiredAndPurgedByALaterSave() throws Exception {
		MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
		JdbcPartialLoginStore partials = new JdbcPartialLoginStore(this.jdbc, Duration.ofMinutes(10), clock);
		String token = partials.save(new PartialLogin("github", "token_user", Map.of("login", "octocat"), "7"));
		String expiring = partials.save(new PartialLogin("github", "token", Map.of("login", "other"), null));
		assertThat(token).matches("[0-9a-f]{64}");
		assertThat(this.jdbc.sql("SELECT token_digest FROM social_partial").query(String.class).list())
			.as("only the tokens' SHA-256 is kept")
			.contains(java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(token.getBytes())))
			.doesNotContain(token, expiring);
		assertThat(partials.consume(token)).contains(new PartialLogin("github", "token_user", Map.of("login", "octocat"),
				"7"));
		assertThat(partials.consume(token)).as("used once").isEmpty();
		assertThat(partials.consume("0".repeat(64))).isEmpty();
		clock.advance(Duration.ofMinutes(10));
		assertThat(partials.consume(expiring)).as("expired").isEmpty();

		partials.save(new PartialLogin("github", "token", Map.of(), null));
		clock.advance(Duration.ofMinutes(11));
		partials.save(new PartialLogin("github", "token", Map.of(), null));
		assertThat(count("social_partial")).as("the expired one is purged, the new one kept").isOne();
	}

	@Test
	void requestTokenWhenExpiredThenPurgedByALaterSave() {
		MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
		JdbcRequestTokenStore store = new JdbcRequestTokenStore(this.jdbc, Duration.ofMinutes(10), clock);
		this.jdbc.sql("DELETE FROM social_oauth1_request").update();
		store.save("twitter", "old", "old-secret", null);
		clock.advance(Duration.ofMinutes(11));
		store.save("twitter", "new", "new-secret", null);
		assertThat(this.jdbc.sql("SELECT token FROM social_oauth1_request").query(String.class).list())
			.containsExactly("new");
	}

	@Test
	void requestTokenTableWhenCreatedBeforeTheBindingColumnThenTheSchemaScriptAddsIt() {
		this.jdbc.sql("DROP TABLE social_oauth1_request").update();
		this.jdbc.sql("CREATE TABLE social_oauth1_request (provider VARCHAR(32) NOT NULL, token VARCHAR(255) NOT NULL,"
				+ " secret VARCHAR(255) NOT NULL, created TIMESTAMP WITH TIME ZONE NOT NULL,"
				+ " expires_at TIMESTAMP WITH TIME ZONE NOT NULL,"
				+ " CONSTRAINT social_oauth1_request_pkey PRIMARY KEY (provider, token))").update();
		Instant now = Instant.now();
		this.jdbc.sql("INSERT INTO social_oauth1_request (provider, token, secret, created, expires_at)"
				+ " VALUES (?, ?, ?, ?, ?)")
			.params("twitter", "before", "before-secret", Timestamp.from(now),
					Timestamp.from(now.plus(Duration.ofMinutes(10))))
			.update();
		new ResourceDatabasePopulator(
				new ClassPathResource("io/restsocial/core/jdbc/schema-" + platform() + ".sql"))
			.execute(this.dataSource);
		JdbcRequestTokenStore store = new JdbcRequestTokenStore(this.jdbc, Duration.ofMinutes(10),
				Clock.systemUTC());
		assertThat(store.find("twitter", "before")).as("a token got before the upgrade is unbound")
			.contains(new RequestToken("before-secret", null));
		store.save("twitter", "after", "after-secret", BrowserBinding.hash("a-browser"));
		assertThat(store.find("twitter", "after")).map(RequestToken::binding)
			.contains(BrowserBinding.hash("a-browser"));
	}

	@Test
	void stateWhenIssuedThenConsumedOnceWithItsNonceAndVerifier() {
		MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
		JdbcLoginStateService states = new JdbcLoginStateService(this.jdbc, STATE_KEY, Duration.ofMinutes(10), clock);
		IssuedState issued = states.issue("google-oauth2", true, true);
		assertThat(issued.nonce()).isNotBlank();
		assertThat(issued.codeChallenge()).hasSize(43);
		assertThat(issued.expiresAt()).isEqualTo(Instant.parse("2026-01-01T00:10:00Z"));
		assertThat(issued.state()).doesNotContain(issued.nonce());
		ConsumedState consumed = states.consume("google-oauth2", issued.state());
		assertThat(consumed.nonce()).isEqualTo(issued.nonce());
		assertThat(Pkce.s256(consumed.codeVerifier())).isEqualTo(issued.codeChallenge());
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> states.consume("google-oauth2", issued.state()))
			.withMessageContaining("already used");
		IssuedState plain = states.issue("github", false, false);
		assertThat(plain.nonce()).isNull();
		ConsumedState plainConsumed = states.consume("github", plain.state());
		assertThat(plainConsumed.nonce()).isNull();
		assertThat(plainConsumed.codeVerifier()).isNull();
	}

	@Test
	void stateWhenIssuedThenNoRowUntilALoginUsesItAndExpiredRowsArePurged() {
		MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
		JdbcLoginStateService states = new JdbcLoginStateService(this.jdbc, STATE_KEY, Duration.ofMinutes(10), clock);
		for (int i = 0; i < 100; i++) {
			states.issue("github", true, true);
		}
		assertThat(count("social_state")).as("issuing writes nothing").isZero();
		states.consume("github", states.issue("github", true, true).state());
		assertThat(count("social_state")).isOne();
		clock.advance(Duration.ofMinutes(16));
		states.consume("github", states.issue("github", false, false).state());
		assertThat(count("social_state")).as("the expired id is purged, the new one kept").isOne();
	}

	@Test
	void stateWhenTwoLoginsRaceWithOneStateThenOnlyOneUsesItUp() {
		JdbcLoginStateService states = new JdbcLoginStateService(this.jdbc, STATE_KEY, Duration.ofMinutes(10),
				Clock.systemUTC());
		String state = states.issue("github", true, true).state();
		ConsumedState first = states.verify("github", state, null, false);
		ConsumedState second = states.verify("github", state, null, false);
		assertThat(second.nonce()).isEqualTo(first.nonce());
		states.consume(first);
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> states.consume(second))
			.withMessageContaining("already used")
			.satisfies((ex) -> assertThat(ex.getFields()).containsExactly("state"));
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> states.verify("github", state, null, false))
			.withMessageContaining("already used");
	}

	@Test
	void stateWhenUsedInTwoLoginTransactionsAtOnceThenTheSecondIsRefusedOnceTheFirstCommits() throws Exception {
		JdbcLoginStateService states = new JdbcLoginStateService(this.jdbc, STATE_KEY, Duration.ofMinutes(10),
				Clock.systemUTC());
		String state = states.issue("github", false, true).state();
		ConsumedState first = states.verify("github", state, null, false);
		ConsumedState second = states.verify("github", state, null, false);
		java.util.concurrent.CountDownLatch used = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
		try {
			java.util.concurrent.Future<Throwable> loser = this.transactions.execute((status) -> {
				states.consume(first);
				// The second login's insert runs while the first's transaction is still open.
				java.util.concurrent.Future<Throwable> attempt = other.submit(() -> {
					used.countDown();
					return catchThrowable(() -> this.transactions.executeWithoutResult((inner) -> states.consume(second)));
				});
				awaitQuietly(used);
				return attempt;
			});
			assertThat(loser.get(30, java.util.concurrent.TimeUnit.SECONDS)).isInstanceOf(InvalidRequestException.class)
				.hasMessageContaining("already used");
		}
		finally {
			other.shutdownNow();
		}
		assertThat(count("social_state")).isOne();
	}

	private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
		try {
			assertThat(latch.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void stateWhenBoundThenOnlyItsBindingMayPresentItAndABrowserNeedsABoundOne() {
		MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
		JdbcLoginStateService states = new JdbcLoginStateService(this.jdbc, STATE_KEY, Duration.ofMinutes(10), clock);
		String bound = states.issue("github", false, false, "binding-of-browser-a").state();
		assertThat(bound).doesNotContain("binding-of-browser-a");
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> states.verify("github", bound, null, true))
			.withMessageContaining("bound to the browser");
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> states.verify("github", bound, "binding-of-browser-b", true))
			.withMessageContaining("bound to the browser");
		assertThat(states.verify("github", bound, "binding-of-browser-a", true).provider()).isEqualTo("github");
		String unbound = states.issue("github", false, false).state();
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> states.verify("github", unbound, null, true))
			.withMessageContaining("not bound to this browser");
		assertThat(states.verify("github", unbound, null, false).id()).isNotBlank();
		assertThat(count("social_state")).as("checking writes nothing").isZero();
	}

	@Test
	void stateWhenForAnotherProviderTamperedForeignUntypedOrExpiredThenRefused() throws Exception {
		MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
		JdbcLoginStateService states = new JdbcLoginStateService(this.jdbc, STATE_KEY, Duration.ofMinutes(10), clock);
		String state = states.issue("github", false, false).state();
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> states.consume("facebook", state))
			.withMessageContaining("another provider")
			.satisfies((ex) -> assertThat(ex.getFields()).containsExactly("state"));
		String[] parts = state.split("\\.");
		String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("github", "facebook");
		String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
			.encodeToString(payload.getBytes()) + "." + parts[2];
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> states.consume("facebook", tampered))
			.withMessageContaining("not a state this server issued");
		JdbcLoginStateService otherServer = new JdbcLoginStateService(this.jdbc,
				"another-state-secret-of-32-bytes-or-more".getBytes(), Duration.ofMinutes(10), clock);
		String foreign = otherServer.issue("github", false, false).state();
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> states.consume("github", foreign));
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> states.consume("github", "garbage"));
		// Another token signed with the same secret (the JWT secret is the state secret's fallback).
		com.nimbusds.jwt.SignedJWT untyped = new com.nimbusds.jwt.SignedJWT(
				new com.nimbusds.jose.JWSHeader(com.nimbusds.jose.JWSAlgorithm.HS256),
				new com.nimbusds.jwt.JWTClaimsSet.Builder().jwtID("x")
					.claim("prv", "github")
					.expirationTime(java.util.Date.from(clock.instant().plus(Duration.ofMinutes(5))))
					.build());
		untyped.sign(new com.nimbusds.jose.crypto.MACSigner(STATE_KEY));
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> states.consume("github", untyped.serialize()))
			.withMessageContaining("not a state this server issued");
		clock.advance(Duration.ofMinutes(10));
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> states.consume("github", state))
			.withMessageContaining("expired");
	}

	@Test
	void loginWhenRequireEmailStepPausesThenNothingWrittenAndResumeCreatesTheUserOnce() {
		stubUser("c1", 77, "noemail", "", "No Email");
		Pipeline pipeline = Pipeline.builder(Pipeline.defaults(this.users, this.accounts, PipelineSettings.defaults()))
			.addAfter(SocialDetailsStep.class, new RequireEmailStep())
			.build();
		SocialAuthenticator authenticator = authenticator(pipeline);
		authenticator.setPartialLogins(new JdbcPartialLoginStore(this.jdbc, Duration.ofMinutes(10),
				Clock.systemUTC()), this.users);
		LoginPausedException paused = catchThrowableOfType(LoginPausedException.class,
				() -> authenticator.login(authenticator.resolve("github"), LoginRequest.ofCode("github", "c1", null),
						"token_user", (label, user) -> label));
		assertThat(paused.getFields()).containsExactly("email");
		assertThat(paused.getPartialToken()).matches("[0-9a-f]{64}");
		assertThat(count("social_user")).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM social_partial WHERE token_digest = ?")
			.param(paused.getPartialToken())
			.query(Long.class)
			.single()).as("only a digest is stored").isZero();

		LoginPausedException typo = catchThrowableOfType(LoginPausedException.class,
				() -> authenticator.resume(paused.getPartialToken(), Map.of("email", "not-an-email"),
						(label, user) -> label));
		assertThat(typo.getMessage()).contains("not an email address");
		String label = authenticator.resume(typo.getPartialToken(), Map.of("email", "me@example.com"),
				(kept, user) -> kept + ":" + user.email());
		assertThat(label).isEqualTo("token_user:me@example.com");
		assertThat(count("social_user")).isOne();
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> authenticator.resume(typo.getPartialToken(), Map.of("email", "me@example.com"),
					(kept, user) -> kept))
			.satisfies((ex) -> assertThat(ex.getFields()).containsExactly("partial_token"));
		github.verify(1, com.github.tomakehurst.wiremock.client.WireMock
			.postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/login/oauth/access_token")));
	}

	private static final byte[] STATE_KEY = "a-state-secret-of-at-least-32-bytes!!".getBytes();

	private Instant instant(String sql) {
		return this.jdbc.sql(sql).query(Timestamp.class).single().toInstant();
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private SocialAuthenticator authenticator(Pipeline pipeline) {
		return authenticator(pipeline, this.transactions);
	}

	private SocialAuthenticator authenticator(Pipeline pipeline, TransactionTemplate transactions) {
		OAuth2Provider provider = new OAuth2Provider(GitHubProvider.definition(),
				ProviderRegistration.withName("github")
					.clientId("id")
					.clientSecret("secret")
					.tokenUri(github.baseUrl() + "/login/oauth/access_token")
					.userInfoUri(github.baseUrl() + "/user")
					.build(),
				TestHttp.client());
		return new SocialAuthenticator(new InMemoryProviderRegistry(List.of(provider)), pipeline, transactions);
	}

	// A recorded statement's verb and the table it reads or writes first: "SELECT social_user".
	private static String verbAndTable(String sql) {
		Matcher table = Pattern.compile("(?:FROM|INTO|UPDATE) (\\w+)").matcher(sql);
		return sql.split(" ")[0] + " " + (table.find() ? table.group(1) : "");
	}

	// Twitter's OAuth 1.0a flow, on the clock of the storage: auth_time is that clock's second.
	private SocialAuthenticator twitterAuthenticator() {
		OAuth1Provider provider = new OAuth1Provider(TwitterProvider.definition(),
				ProviderRegistration.withName("twitter")
					.clientId("consumer-key")
					.clientSecret("consumer-secret")
					.requestTokenUri(twitter.baseUrl() + "/oauth/request_token")
					.accessTokenUri(twitter.baseUrl() + "/oauth/access_token")
					.userInfoUri(twitter.baseUrl() + "/1.1/account/verify_credentials.json?include_email=true")
					.build(),
				TestHttp.client(), new JdbcRequestTokenStore(this.jdbc, Duration.ofMinutes(10), this.storageClock),
				this.storageClock);
		return new SocialAuthenticator(new InMemoryProviderRegistry(List.of(provider)),
				Pipeline.defaults(this.users, this.accounts, PipelineSettings.defaults()), this.transactions);
	}

	private static SocialUser twitterLogin(SocialAuthenticator authenticator) {
		LoginResult<SocialUser> first = authenticator.login(authenticator.resolve("twitter"),
				LoginRequest.builder("twitter").build(), "", (label, user) -> user);
		assertThat(first).isInstanceOf(LoginResult.FirstStep.class);
		return authenticator.login(LoginRequest.builder("twitter")
			.oauthToken(TWITTER_REQUEST_TOKEN)
			.oauthVerifier("uw7NjWHT6OJ1MpJOXsHfNxoAhPKpgI8BlYDhxEjIBY")
			.build());
	}

	// Twitter's answers (form-encoded tokens, then the user), with the access token given.
	private static void stubTwitter(String accessToken) {
		twitter.stubFor(post("/oauth/request_token").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html; charset=utf-8")
			.withBody("oauth_token=" + TWITTER_REQUEST_TOKEN + "&oauth_token_secret=veNRnAWe6inFuo8o2u8SLLZLjolYDmDP7"
					+ "SzL0YfYI&oauth_callback_confirmed=true")));
		twitter.stubFor(post("/oauth/access_token").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html; charset=utf-8")
			.withBody("oauth_token=" + accessToken + "&oauth_token_secret=PbKfYqSryyeKDWz&user_id=7588892"
					+ "&screen_name=kurrik")));
		twitter.stubFor(get(urlPathEqualTo("/1.1/account/verify_credentials.json")).willReturn(okJson(
				"{\"id\":7588892,\"id_str\":\"7588892\",\"name\":\"Arne Roomann-Kurrik\",\"screen_name\":"
						+ "\"kurrik\",\"email\":\"kurrik@example.com\",\"verified\":false}")));
	}

	private static void stubUser(String code, long id, String login, String email, String name) {
		github.stubFor(post("/login/oauth/access_token").withFormParam("code", equalTo(code))
			.willReturn(okJson("{\"access_token\":\"at-" + code + "\",\"token_type\":\"bearer\",\"scope\":\"\"}")));
		github.stubFor(get("/user").withHeader("Authorization", equalTo("token at-" + code))
			.willReturn(okJson("{\"login\":\"" + login + "\",\"id\":" + id + ",\"name\":\"" + name + "\",\"email\":"
					+ (email.isEmpty() ? "null" : "\"" + email + "\"") + "}")));
		github.stubFor(get("/user/emails").willReturn(okJson("[]")));
	}

	// GitHub's /user/emails, listing one primary address, verified or not.
	private static void stubEmails(String email, boolean verified) {
		github.stubFor(get("/user/emails").willReturn(okJson("[{\"email\":\"" + email + "\",\"verified\":" + verified
				+ ",\"primary\":true,\"visibility\":\"public\"}]")));
	}

	// A DataSource that records the SQL of the statements prepared on its connections.
	private static DataSource recordingStatements(DataSource dataSource, List<String> statements) {
		return (DataSource) Proxy.newProxyInstance(JdbcStorageTests.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
					Object result = invoke(method, dataSource, args);
					if (result instanceof Connection connection) {
						return Proxy.newProxyInstance(JdbcStorageTests.class.getClassLoader(),
								new Class<?>[] { Connection.class }, (c, m, a) -> {
									if (m.getName().startsWith("prepare")) {
										statements.add((String) a[0]);
									}
									else if (m.getName().equals("createStatement")) {
										statements.add("(a statement)");
									}
									return invoke(m, connection, a);
								});
					}
					return result;
				});
	}

	private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
