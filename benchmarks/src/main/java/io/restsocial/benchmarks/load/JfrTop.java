package io.restsocial.benchmarks.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top methods of a JFR recording, as JDK 17's {@code jfr} tool cannot list them (it has no
 * {@code view}): execution samples and sampled allocation bytes, each counted by the top frame
 * and by the first frame outside the JDK (the code that asked for the work); samples also by
 * package and by the library's methods on the stack, and the bytes of exception stack traces by
 * where the exceptions were made.
 */
final class JfrTop {

	private JfrTop() {
	}

	/**
	 * Print the top entries of the events recorded in a window.
	 * @param recording the JFR file
	 * @param from events before this are left out (the recording's own start-up)
	 * @param to events after this are left out
	 * @param top how many entries per list
	 * @param out where to print
	 * @throws IOException when the file cannot be read
	 */
	static void print(Path recording, Instant from, Instant to, int top, PrintStream out) throws IOException {
		Map<String, Long> cpuTop = new HashMap<>();
		Map<String, Long> cpuCaller = new HashMap<>();
		Map<String, Long> allocTop = new HashMap<>();
		Map<String, Long> allocCaller = new HashMap<>();
		Map<String, Long> ownInclusive = new HashMap<>();
		Map<String, Long> packages = new HashMap<>();
		Map<String, Long> exceptions = new HashMap<>();
		long samples = 0;
		long allocated = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
			String type = event.getEventType().getName();
			RecordedStackTrace stack = event.getStackTrace();
			if (stack == null || stack.getFrames().isEmpty() || event.getStartTime().isBefore(from)
					|| event.getStartTime().isAfter(to)) {
				continue;
			}
			if (type.equals("jdk.ExecutionSample")) {
				samples++;
				add(cpuTop, frame(stack.getFrames().get(0)), 1);
				add(cpuCaller, firstOutsideJdk(stack.getFrames()), 1);
				add(packages, packageOf(stack.getFrames().get(0)), 1);
				stack.getFrames()
					.stream()
					.map(JfrTop::frame)
					.filter((frame) -> frame.startsWith("io.restsocial.")
							&& !frame.startsWith("io.restsocial.benchmarks."))
					.distinct()
					.forEach((frame) -> add(ownInclusive, frame, 1));
			}
			else if (type.equals("jdk.ObjectAllocationSample")) {
				long weight = event.getLong("weight");
				allocated += weight;
				String objectClass = event.getClass("objectClass").getName();
				add(allocTop, frame(stack.getFrames().get(0)) + "  [" + objectClass + "]", weight);
				add(allocCaller, firstOutsideJdk(stack.getFrames()), weight);
				if (frame(stack.getFrames().get(0)).equals("java.lang.Throwable.fillInStackTrace")) {
					add(exceptions, thrower(stack.getFrames()), weight);
				}
			}
		}
		out.printf(Locale.ROOT, "JFR %s: %d execution samples, %.0f MB of sampled allocations%n",
				recording.getFileName(), samples, allocated / 1e6);
		print(out, "hot methods (top frame)", cpuTop, samples, top, (n) -> n + " samples");
		print(out, "hot methods (first frame outside the JDK)", cpuCaller, samples, top, (n) -> n + " samples");
		print(out, "hot packages (top frame)", packages, samples, top, (n) -> n + " samples");
		print(out, "io.restsocial methods on the stack (inclusive)", ownInclusive, samples, top,
				(n) -> n + " samples");
		print(out, "allocation sites (top frame [class])", allocTop, allocated, top,
				(n) -> String.format(Locale.ROOT, "%.1f MB", n / 1e6));
		print(out, "allocation sites (first frame outside the JDK)", allocCaller, allocated, top,
				(n) -> String.format(Locale.ROOT, "%.1f MB", n / 1e6));
		print(out, "exceptions' stack traces filled in (by the method that made the exception)", exceptions, allocated,
				top, (n) -> String.format(Locale.ROOT, "%.1f MB", n / 1e6));
	}

	private static void print(PrintStream out, String title, Map<String, Long> counts, long total, int top,
			Function<Long, String> amount) {
		out.println("  " + title + ":");
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(top)
			.forEach((entry) -> out.printf(Locale.ROOT, "    %5.1f%%  %-14s %s%n", 100.0 * entry.getValue() / total,
					amount.apply(entry.getValue()), entry.getKey()));
	}

	private static void add(Map<String, Long> counts, String key, long amount) {
		counts.merge(key, amount, Long::sum);
	}

	private static String firstOutsideJdk(List<RecordedFrame> frames) {
		for (RecordedFrame frame : frames) {
			String type = frame.getMethod().getType().getName();
			if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")
					&& !type.startsWith("com.sun.")) {
				return frame(frame);
			}
		}
		return "(JDK only)";
	}

	// The first frame past the exception's own constructors: where it was made.
	private static String thrower(List<RecordedFrame> frames) {
		for (RecordedFrame frame : frames) {
			String method = frame.getMethod().getName();
			if (!method.equals("<init>") && !method.equals("fillInStackTrace")) {
				return frame(frame);
			}
		}
		return "(unknown)";
	}

	private static String packageOf(RecordedFrame frame) {
		String[] parts = frame.getMethod().getType().getName().split("\\.");
		return String.join(".", Arrays.copyOf(parts, Math.min(3, parts.length - 1)));
	}

	private static String frame(RecordedFrame frame) {
		RecordedMethod method = frame.getMethod();
		return method.getType().getName() + "." + method.getName();
	}

}
