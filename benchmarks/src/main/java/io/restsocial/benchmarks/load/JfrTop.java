package io.restsocial.benchmarks.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
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
 * and by the first frame outside the JDK (the code that asked for the work).
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
			}
			else if (type.equals("jdk.ObjectAllocationSample")) {
				long weight = event.getLong("weight");
				allocated += weight;
				String objectClass = event.getClass("objectClass").getName();
				add(allocTop, frame(stack.getFrames().get(0)) + "  [" + objectClass + "]", weight);
				add(allocCaller, firstOutsideJdk(stack.getFrames()), weight);
			}
		}
		out.printf(Locale.ROOT, "JFR %s: %d execution samples, %.0f MB of sampled allocations%n",
				recording.getFileName(), samples, allocated / 1e6);
		print(out, "hot methods (top frame)", cpuTop, samples, top, (n) -> n + " samples");
		print(out, "hot methods (first frame outside the JDK)", cpuCaller, samples, top, (n) -> n + " samples");
		print(out, "allocation sites (top frame [class])", allocTop, allocated, top,
				(n) -> String.format(Locale.ROOT, "%.1f MB", n / 1e6));
		print(out, "allocation sites (first frame outside the JDK)", allocCaller, allocated, top,
				(n) -> String.format(Locale.ROOT, "%.1f MB", n / 1e6));
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

	private static String frame(RecordedFrame frame) {
		RecordedMethod method = frame.getMethod();
		return method.getType().getName() + "." + method.getName();
	}

}
