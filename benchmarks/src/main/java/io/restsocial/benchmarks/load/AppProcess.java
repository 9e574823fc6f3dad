package io.restsocial.benchmarks.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.restsocial.benchmarks.BenchSupport;

/**
 * A {@link LoadApp} in a child JVM: started on the bench's own class path, spoken to through its
 * standard input and output. Lines it prints other than its answers go to a log file.
 */
final class AppProcess implements AutoCloseable {

	private static final String PREFIX = "BENCH ";

	private final Process process;

	private final PrintWriter commands;

	private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();

	private final int port;

	private final long startMillis;

	private AppProcess(Process process, Path log, long started) throws IOException, InterruptedException {
		this.process = process;
		this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
		Writer logWriter = Files.newBufferedWriter(log);
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)); logWriter) {
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					if (line.startsWith(PREFIX)) {
						this.answers.add(line.substring(PREFIX.length()));
					}
					else {
						logWriter.write(line);
						logWriter.write('\n');
						logWriter.flush();
					}
				}
			}
			catch (IOException ex) {
				// The child has gone; a waiting command reports it.
			}
			this.answers.add("gone");
		}, "load-app-output");
		reader.setDaemon(true);
		reader.start();
		String ready = answer("ready", 180);
		this.port = Integer.parseInt(ready.substring("ready ".length()));
		this.startMillis = (System.nanoTime() - started) / 1_000_000;
	}

	/**
	 * Start the app and wait until it serves.
	 * @param jvmArgs options of the child JVM
	 * @param properties Spring Boot properties, as {@code key=value}
	 * @param log where the app's own output goes
	 * @return the running app
	 * @throws IOException when it cannot start
	 * @throws InterruptedException when interrupted while waiting
	 */
	static AppProcess start(List<String> jvmArgs, List<String> properties, Path log)
			throws IOException, InterruptedException {
		long started = System.nanoTime();
		Process process = BenchSupport.startJvm(jvmArgs, LoadApp.class, properties);
		try {
			return new AppProcess(process, log, started);
		}
		catch (IOException | RuntimeException ex) {
			process.destroyForcibly();
			throw ex;
		}
	}

	int port() {
		return this.port;
	}

	long pid() {
		return this.process.pid();
	}

	/**
	 * Milliseconds from the child's start until it served.
	 * @return the start time
	 */
	long startMillis() {
		return this.startMillis;
	}

	/**
	 * Process CPU time, threads started and the JIT compilers' time so far. The last is the
	 * JVM's total compilation time: the time its compile tasks took, summed over its compiler
	 * threads, whether or not they had a CPU.
	 * @return {@code [cpu nanoseconds, threads started, compilation milliseconds]}
	 */
	long[] stats() throws IOException, InterruptedException {
		String[] parts = command("stats", "stats", 30).split(" ");
		return new long[] { Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3]) };
	}

	long heapAfterFullGc() throws IOException, InterruptedException {
		return Long.parseLong(command("heap", "heap", 120).split(" ")[1]);
	}

	void startRecording(String settings) throws IOException, InterruptedException {
		command("jfr-start " + settings, "jfr", 60);
	}

	void stopRecording(Path file) throws IOException, InterruptedException {
		command("jfr-stop " + file.toAbsolutePath(), "jfr", 120);
	}

	private synchronized String command(String command, String expected, int seconds)
			throws IOException, InterruptedException {
		this.commands.println(command);
		return answer(expected, seconds);
	}

	private String answer(String expected, int seconds) throws IOException, InterruptedException {
		String answer = this.answers.poll(seconds, TimeUnit.SECONDS);
		if (answer == null || !answer.startsWith(expected)) {
			throw new IOException("The app answered " + answer + " where " + expected + " was expected; see its log");
		}
		return answer;
	}

	@Override
	public void close() {
		try {
			if (this.process.isAlive()) {
				this.commands.println("exit");
				if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
					this.process.destroyForcibly().waitFor();
				}
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}
