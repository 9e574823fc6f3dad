package io.restsocial.benchmarks.load;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.sql.DataSource;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application under load: nothing but the starter, with its defaults, run by
 * {@link LoginLoadBench} as a child process so that its CPU time, threads and heap are its own.
 * <p>
 * It prints {@code BENCH ready <port>} once it serves, then answers commands read from its
 * standard input, one a line, with one {@code BENCH ...} line each: {@code stats} (process CPU
 * nanoseconds, threads started and JIT compilation milliseconds so far), {@code heap} (bytes of
 * heap in use after a full GC),
 * {@code jfr-start <settings>} (JFR's {@code default} or {@code profile}), {@code jfr-stop <file>}, and
 * {@code exit}.
 * <p>
 * Beside the starter it serves {@code POST /bench/floor}, the bench's yardstick of what a login
 * costs this stack without the starter ({@link FloorFilter}).
 */
@SpringBootApplication
public class LoadApp {

	private static final String PREFIX = "BENCH ";

	public static void main(String[] args) throws Exception {
		ConfigurableApplicationContext app = SpringApplication.run(LoadApp.class, args);
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		System.out.println(PREFIX + "ready " + port);
		Recording recording = null;
		BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		for (String line = commands.readLine(); line != null; line = commands.readLine()) {
			String[] command = line.trim().split(" ", 2);
			switch (command[0]) {
				case "stats" -> System.out.println(PREFIX + "stats " + processCpuNanos() + " "
						+ ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() + " "
						+ ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
				case "heap" -> System.out.println(PREFIX + "heap " + heapAfterFullGc());
				case "jfr-start" -> {
					recording = new Recording(
							Configuration.getConfiguration((command.length > 1) ? command[1].trim() : "default"));
					recording.setName("load-bench");
					recording.start();
					System.out.println(PREFIX + "jfr started");
				}
				case "jfr-stop" -> {
					recording.stop();
					recording.dump(Path.of(command[1]));
					recording.close();
					System.out.println(PREFIX + "jfr " + command[1]);
				}
				case "exit" -> {
					System.out.println(PREFIX + "bye");
					System.exit(SpringApplication.exit(app));
				}
				default -> System.out.println(PREFIX + "unknown " + command[0]);
			}
		}
		System.exit(SpringApplication.exit(app));
	}

	/**
	 * The floor's filter, ahead of every other filter, on {@code /bench/floor} only.
	 * @param dataSource the starter's database
	 * @param environment where the provider's endpoints and client are configured
	 * @return its registration
	 */
	@Bean
	FilterRegistrationBean<FloorFilter> benchFloorFilter(DataSource dataSource, Environment environment) {
		String github = "rest.social.providers.github.";
		FloorFilter floor = new FloorFilter(JdbcClient.create(dataSource),
				URI.create(environment.getRequiredProperty(github + "token-uri")),
				URI.create(environment.getRequiredProperty(github + "user-info-uri")),
				environment.getRequiredProperty(github + "client-id"),
				environment.getRequiredProperty(github + "client-secret"));
		FilterRegistrationBean<FloorFilter> registration = new FilterRegistrationBean<>(floor);
		registration.addUrlPatterns(FloorFilter.PATH);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	// System.gc() is a full, stop-the-world collection with G1 unless the JVM was told otherwise.
	private static long heapAfterFullGc() {
		System.gc();
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
