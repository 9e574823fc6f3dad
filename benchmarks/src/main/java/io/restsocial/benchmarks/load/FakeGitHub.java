package io.restsocial.benchmarks.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A fake GitHub on the JDK's HTTP server, fast enough not to be what a load bench measures: the
 * token endpoint ({@code POST /login/oauth/access_token}), {@code GET /user} and
 * {@code GET /user/emails}, answering with the shapes of GitHub's real payloads.
 * <p>
 * The user is chosen by the client: the code {@code u<id>} is exchanged for the access token
 * {@code gho_<id>}, and {@code /user} answers the user {@code <id>} for that token. A bench picks
 * returning users by reusing a fixed set of ids, and sign-ups by new ids.
 * <p>
 * The token answer grants the scope the fake was started with: GitHub grants an OAuth app that
 * asks for no scope (the starter's default for {@code github}) the empty scope, with which a
 * login makes two calls; with {@code user:email} it also lists the user's addresses (three).
 */
public final class FakeGitHub implements AutoCloseable {

	/** The token endpoint's path. */
	public static final String TOKEN_PATH = "/login/oauth/access_token";

	/** The user endpoint's path. */
	public static final String USER_PATH = "/user";

	private static final String TOKEN_PREFIX = "gho_";

	private static final String JSON = "application/json; charset=utf-8";

	private final HttpServer server;

	private final ExecutorService executor;

	private final int threads;

	private final String scope;

	private final LongAdder requests = new LongAdder();

	private FakeGitHub(HttpServer server, ExecutorService executor, int threads, String scope) {
		this.server = server;
		this.executor = executor;
		this.threads = threads;
		this.scope = scope;
	}

	/**
	 * Start a fake GitHub on a free loopback port.
	 * @param threads the size of its executor; at least the callers' concurrency
	 * @param scope the scope its tokens are granted, such as {@code ""} or {@code user:email}
	 * @return the started server
	 * @throws IOException when it cannot bind
	 */
	public static FakeGitHub start(int threads, String scope) throws IOException {
		// Without TCP_NODELAY, small keep-alive answers meet delayed ACKs and wait 40 ms.
		System.setProperty("sun.net.httpserver.nodelay", "true");
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
		ExecutorService executor = Executors.newFixedThreadPool(threads, (task) -> {
			Thread thread = new Thread(task, "fake-github");
			thread.setDaemon(true);
			return thread;
		});
		server.setExecutor(executor);
		FakeGitHub github = new FakeGitHub(server, executor, threads, scope);
		server.createContext(TOKEN_PATH, github::token);
		server.createContext(USER_PATH, github::user);
		server.start();
		return github;
	}

	/**
	 * Where it answers.
	 * @return {@code http://127.0.0.1:<port>}
	 */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	int threads() {
		return this.threads;
	}

	/**
	 * Requests answered so far.
	 * @return the count
	 */
	long requests() {
		return this.requests.sum();
	}

	private void token(HttpExchange exchange) throws IOException {
		String code = param(new String(readAll(exchange.getRequestBody()), StandardCharsets.UTF_8), "code");
		if (!"POST".equals(exchange.getRequestMethod()) || code == null || !code.startsWith("u")) {
			answer(exchange, 200, "{\"error\":\"bad_verification_code\",\"error_description\":\"The code passed is "
					+ "incorrect or expired.\",\"error_uri\":\"https://docs.github.com/apps/managing-oauth-apps/"
					+ "troubleshooting-oauth-app-access-token-request-errors/#bad-verification-code\"}");
			return;
		}
		answer(exchange, 200, "{\"access_token\":\"" + TOKEN_PREFIX + code.substring(1)
				+ "\",\"token_type\":\"bearer\",\"scope\":\"" + this.scope + "\"}");
	}

	private void user(HttpExchange exchange) throws IOException {
		readAll(exchange.getRequestBody());
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		int at = (authorization != null) ? authorization.indexOf(TOKEN_PREFIX) : -1;
		if (!"GET".equals(exchange.getRequestMethod()) || at < 0) {
			answer(exchange, 401, "{\"message\":\"Requires authentication\","
					+ "\"documentation_url\":\"https://docs.github.com/rest/users/users#get-the-authenticated-user\"}");
			return;
		}
		String id = authorization.substring(at + TOKEN_PREFIX.length());
		String path = exchange.getRequestURI().getPath();
		if (path.equals(USER_PATH)) {
			answer(exchange, 200, userJson(id));
		}
		else if (path.equals(USER_PATH + "/emails")) {
			answer(exchange, 200, "[{\"email\":\"user" + id + "@example.com\",\"primary\":true,\"verified\":true,"
					+ "\"visibility\":\"public\"},{\"email\":\"" + id + "+user" + id
					+ "@users.noreply.github.com\",\"primary\":false,\"verified\":true,\"visibility\":null}]");
		}
		else {
			answer(exchange, 404, "{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\"}");
		}
	}

	// The fields GitHub's GET /user answers for an authenticated user, in its order.
	private static String userJson(String id) {
		String login = "user" + id;
		String api = "https://api.github.com/users/" + login;
		return "{\"login\":\"" + login + "\",\"id\":" + id + ",\"node_id\":\"MDQ6VXNlcj" + id + "\","
				+ "\"avatar_url\":\"https://avatars.githubusercontent.com/u/" + id + "?v=4\",\"gravatar_id\":\"\","
				+ "\"url\":\"" + api + "\",\"html_url\":\"https://github.com/" + login + "\",\"followers_url\":\"" + api
				+ "/followers\",\"following_url\":\"" + api + "/following{/other_user}\",\"gists_url\":\"" + api
				+ "/gists{/gist_id}\",\"starred_url\":\"" + api + "/starred{/owner}{/repo}\",\"subscriptions_url\":\""
				+ api + "/subscriptions\",\"organizations_url\":\"" + api + "/orgs\",\"repos_url\":\"" + api
				+ "/repos\",\"events_url\":\"" + api + "/events{/privacy}\",\"received_events_url\":\"" + api
				+ "/received_events\",\"type\":\"User\",\"user_view_type\":\"public\",\"site_admin\":false,"
				+ "\"name\":\"Bench User " + id + "\",\"company\":null,\"blog\":\"\",\"location\":null,\"email\":\""
				+ login + "@example.com\",\"hireable\":null,\"bio\":null,\"twitter_username\":null,"
				+ "\"notification_email\":null,\"public_repos\":8,\"public_gists\":1,\"followers\":3,\"following\":2,"
				+ "\"created_at\":\"2015-03-04T10:11:12Z\",\"updated_at\":\"2025-11-20T08:09:10Z\"}";
	}

	private void answer(HttpExchange exchange, int status, String json) throws IOException {
		// Counted before the answer leaves, so that a client that has its answer sees it counted.
		this.requests.increment();
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", JSON);
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		try (in) {
			return in.readAllBytes();
		}
	}

	private static String param(String form, String name) {
		for (String pair : form.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0 && pair.substring(0, eq).equals(name)) {
				return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
			}
		}
		return null;
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
		try {
			this.executor.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
