package io.restsocial.benchmarks.startup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top methods of a start-up's JFR recording (JDK 17's {@code jfr} tool has no {@code view}):
 * execution samples by top frame; the starter's methods on the stack; and, of the samples with the
 * starter's code on the stack, the top frames, that is what the starter's start-up ends up doing.
 */
final class StartupJfr {

	private StartupJfr() {
	}

	static void print(Path recording, int top, PrintStream out) throws IOException {
		Map<String, Long> hot = new HashMap<>();
		Map<String, Long> ours = new HashMap<>();
		Map<String, Long> oursHot = new HashMap<>();
		long samples = 0;
		long withOurs = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
			RecordedStackTrace stack = event.getStackTrace();
			if (!event.getEventType().getName().equals("jdk.ExecutionSample") || stack == null
					|| stack.getFrames().isEmpty()) {
				continue;
			}
			samples++;
			List<RecordedFrame> frames = stack.getFrames();
			add(hot, frame(frames.get(0)));
			List<String> own = frames.stream()
				.map(StartupJfr::frame)
				.filter((frame) -> frame.startsWith("io.restsocial.") && !frame.startsWith("io.restsocial.benchmarks."))
				.distinct()
				.toList();
			own.forEach((frame) -> add(ours, frame));
			if (!own.isEmpty()) {
				withOurs++;
				add(oursHot, frame(frames.get(0)));
			}
		}
		out.printf(Locale.ROOT, "  %d execution samples, %d with the starter's code on the stack%n", samples, withOurs);
		print(out, "hot methods (top frame)", hot, samples, top);
		print(out, "the starter's methods on the stack (inclusive)", ours, samples, top);
		print(out, "top frames of the samples with the starter's code on the stack", oursHot, samples, top);
	}

	private static void print(PrintStream out, String title, Map<String, Long> counts, long total, int top) {
		out.println("  " + title + ":");
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(top)
			.forEach((entry) -> out.printf(Locale.ROOT, "    %5.1f%%  %5d  %s%n", 100.0 * entry.getValue() / total,
					entry.getValue(), entry.getKey()));
	}

	private static void add(Map<String, Long> counts, String key) {
		counts.merge(key, 1L, Long::sum);
	}

	private static String frame(RecordedFrame frame) {
		RecordedMethod method = frame.getMethod();
		return method.getType().getName() + "." + method.getName();
	}

}
