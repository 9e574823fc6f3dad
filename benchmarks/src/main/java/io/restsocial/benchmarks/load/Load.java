package io.restsocial.benchmarks.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * Closed-loop load: a fixed number of threads, each doing one login after another on one shared
 * keep-alive Apache HttpClient 5 pool (the client the starter uses for provider calls), for a time
 * or for a number of logins. Measures logins per second, latency percentiles, and the CPU time and
 * threads that this JVM and, when given, the app spent per login.
 */
final class Load implements AutoCloseable {

	/**
	 * One login; it throws when the login failed.
	 */
	@FunctionalInterface
	interface Login {

		void login(CloseableHttpClient http, long n) throws Exception;

	}

	private final int concurrency;

	private final CloseableHttpClient http;

	private final ExecutorService workers;

	Load(int concurrency) {
		this.concurrency = concurrency;
		Timeout timeout = Timeout.ofSeconds(30);
		this.http = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setMaxConnTotal(concurrency * 4)
				.setMaxConnPerRoute(concurrency * 2)
				.setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).setSoTimeout(timeout).build())
				.setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout).build())
				.build())
			.setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(timeout).build())
			.disableCookieManagement()
			.disableAutomaticRetries()
			.build();
		this.workers = Executors.newFixedThreadPool(concurrency, (task) -> {
			Thread thread = new Thread(task, "load");
			thread.setDaemon(true);
			return thread;
		});
	}

	int concurrency() {
		return this.concurrency;
	}

	/**
	 * Run logins for a time.
	 * @param seconds how long
	 * @param login one login
	 * @param app the app whose CPU and threads to measure, or {@code null}
	 * @param github the fake provider, to count its requests
	 * @return the measures
	 */
	Result forSeconds(double seconds, Login login, AppProcess app, FakeGitHub github) throws Exception {
		long deadline = System.nanoTime() + (long) (seconds * 1e9);
		return run(Long.MAX_VALUE, deadline, login, app, github);
	}

	/**
	 * Run a number of logins.
	 * @param logins how many
	 * @param login one login
	 * @param app the app whose CPU and threads to measure, or {@code null}
	 * @param github the fake provider, to count its requests
	 * @return the measures
	 */
	Result forLogins(long logins, Login login, AppProcess app, FakeGitHub github) throws Exception {
		return run(logins, Long.MAX_VALUE, login, app, github);
	}

	private Result run(long logins, long deadline, Login login, AppProcess app, FakeGitHub github) throws Exception {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] appBefore = (app != null) ? app.stats() : null;
		long benchCpuBefore = processCpuNanos();
		long benchThreadsBefore = threads.getTotalStartedThreadCount();
		long requestsBefore = github.requests();
		AtomicLong next = new AtomicLong();
		List<Future<long[]>> running = new ArrayList<>();
		long start = System.nanoTime();
		for (int t = 0; t < this.concurrency; t++) {
			running.add(this.workers.submit(() -> {
				long[] latencies = new long[1024];
				int count = 0;
				for (long n = next.getAndIncrement(); n < logins && System.nanoTime() < deadline; n = next
					.getAndIncrement()) {
					long begin = System.nanoTime();
					login.login(this.http, n);
					if (count == latencies.length) {
						latencies = Arrays.copyOf(latencies, count * 2);
					}
					latencies[count++] = System.nanoTime() - begin;
				}
				return Arrays.copyOf(latencies, count);
			}));
		}
		long[][] perWorker = new long[this.concurrency][];
		for (int t = 0; t < this.concurrency; t++) {
			perWorker[t] = running.get(t).get(10, TimeUnit.MINUTES);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long benchCpu = processCpuNanos() - benchCpuBefore;
		long benchThreads = threads.getTotalStartedThreadCount() - benchThreadsBefore;
		long requests = github.requests() - requestsBefore;
		long[] appAfter = (app != null) ? app.stats() : null;
		long[] latencies = Arrays.stream(perWorker).flatMapToLong(Arrays::stream).sorted().toArray();
		return new Result(latencies.length, seconds, latencies, benchCpu, benchThreads, requests,
				(app != null) ? appAfter[0] - appBefore[0] : -1, (app != null) ? appAfter[1] - appBefore[1] : -1,
				(app != null) ? appAfter[2] - appBefore[2] : -1);
	}

	static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	@Override
	public void close() throws IOException {
		this.workers.shutdownNow();
		this.http.close();
	}

	/**
	 * What one run measured.
	 *
	 * @param logins logins done
	 * @param seconds wall time
	 * @param latencies each login's latency in nanoseconds, sorted
	 * @param benchCpuNanos CPU time of this JVM (load threads and fake provider)
	 * @param benchThreads threads this JVM started
	 * @param providerRequests requests the fake provider answered
	 * @param appCpuNanos CPU time of the app, or -1 without one
	 * @param appThreads threads the app started, or -1 without one
	 * @param appJitMillis the app's JIT compilation time ({@link AppProcess#stats()}), or -1
	 * without one
	 */
	record Result(long logins, double seconds, long[] latencies, long benchCpuNanos, long benchThreads,
			long providerRequests, long appCpuNanos, long appThreads, long appJitMillis) {

		/**
		 * The app's JIT compilation time per second of the run: up to the number of compiler
		 * threads while they have work queued, near zero once they have compiled what the load runs.
		 * @return seconds of compilation per second, or -1 without an app
		 */
		double jitPerSecond() {
			return (this.appJitMillis < 0) ? -1 : this.appJitMillis / 1e3 / this.seconds;
		}

		double perSecond() {
			return this.logins / this.seconds;
		}

		double percentileMillis(double percentile) {
			if (this.latencies.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(percentile / 100.0 * this.latencies.length) - 1;
			return this.latencies[Math.max(0, index)] / 1e6;
		}

	}

}
