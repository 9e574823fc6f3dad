package io.restsocial.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the benches that start an application in a child JVM share: their {@code --name=value}
 * options, the child JVM's start (this JVM's {@code java}, on this JVM's class path, with Spring
 * Boot properties as {@code --key=value} arguments), and the machine's load average, printed
 * with every figure since other work on the machine moves them.
 */
public final class BenchSupport {

	private BenchSupport() {
	}

	/**
	 * Parse {@code --name=value} options; an option may be given more than once.
	 * @param args the command line
	 * @return the values of each option, in the order given
	 * @throws IllegalArgumentException for an argument of another form
	 */
	public static Map<String, List<String>> options(String[] args) {
		Map<String, List<String>> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || arg.indexOf('=') < 0) {
				throw new IllegalArgumentException("Options are --name=value; got " + arg);
			}
			int eq = arg.indexOf('=');
			options.computeIfAbsent(arg.substring(2, eq), (name) -> new ArrayList<>()).add(arg.substring(eq + 1));
		}
		return options;
	}

	/**
	 * The last value given for an option.
	 * @param options the parsed options
	 * @param name the option's name
	 * @param otherwise the value when it is not given
	 * @return the value
	 */
	public static String option(Map<String, List<String>> options, String name, String otherwise) {
		List<String> values = options.get(name);
		return (values != null) ? values.get(values.size() - 1) : otherwise;
	}

	/**
	 * An option's value as a list of JVM options separated by spaces.
	 * @param options the parsed options
	 * @param name the option's name, such as {@code jvm-args}
	 * @return the JVM options, none when it is not given
	 */
	public static List<String> jvmArgs(Map<String, List<String>> options, String name) {
		return Arrays.stream(option(options, name, "").split(" ")).filter((arg) -> !arg.isBlank()).toList();
	}

	/**
	 * Start a Spring Boot application in a child JVM, its standard error merged into its output.
	 * @param jvmArgs options of the child JVM
	 * @param mainClass the application's main class, on this JVM's class path
	 * @param properties Spring Boot properties, as {@code key=value}
	 * @return the started process
	 * @throws IOException when it cannot start
	 */
	public static Process startJvm(List<String> jvmArgs, Class<?> mainClass, List<String> properties)
			throws IOException {
		return startJvm(jvmArgs, System.getProperty("java.class.path"), mainClass, properties);
	}

	/**
	 * Start a Spring Boot application in a child JVM on the given class path, its standard error
	 * merged into its output.
	 * @param jvmArgs options of the child JVM
	 * @param classPath the child's class path
	 * @param mainClass the application's main class, on that class path
	 * @param properties Spring Boot properties, as {@code key=value}
	 * @return the started process
	 * @throws IOException when it cannot start
	 */
	public static Process startJvm(List<String> jvmArgs, String classPath, Class<?> mainClass, List<String> properties)
			throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmArgs);
		command.add("-cp");
		command.add(classPath);
		command.add(mainClass.getName());
		properties.forEach((property) -> command.add("--" + property));
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	/**
	 * The machine's load averages over 1, 5 and 15 minutes.
	 * @return the three figures, or the 1-minute one where {@code /proc/loadavg} is missing
	 * @throws IOException when {@code /proc/loadavg} cannot be read
	 */
	public static String loadAverage() throws IOException {
		Path loadavg = Path.of("/proc/loadavg");
		if (Files.isReadable(loadavg)) {
			String[] parts = Files.readString(loadavg).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

}
