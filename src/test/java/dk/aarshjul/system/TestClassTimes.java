package dk.aarshjul.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, when the suite ends, how long it took and its ten slowest test classes, and writes every
 * class's time to {@code target/test-class-times.txt}: where the suite's minutes go is the first
 * thing to know before making it faster. Registered through {@code META-INF/services}, so every
 * run of the suite reports without any test asking for it.
 */
public class TestClassTimes implements TestExecutionListener {

	private final Map<String, Long> started = new ConcurrentHashMap<>();
	private final Map<String, Duration> took = new ConcurrentHashMap<>();
	private long planStarted;

	@Override
	public void testPlanExecutionStarted(TestPlan testPlan) {
		planStarted = System.nanoTime();
	}

	@Override
	public void executionStarted(TestIdentifier test) {
		className(test).ifPresent(name -> started.put(name, System.nanoTime()));
	}

	@Override
	public void executionFinished(TestIdentifier test, TestExecutionResult result) {
		className(test).ifPresent(name -> {
			Long start = started.remove(name);
			if (start != null) {
				took.merge(name, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
			}
		});
	}

	@Override
	public void testPlanExecutionFinished(TestPlan testPlan) {
		if (took.isEmpty()) {
			return;
		}
		List<Map.Entry<String, Duration>> slowestFirst = new ArrayList<>(took.entrySet());
		slowestFirst.sort(Map.Entry.<String, Duration>comparingByValue(Comparator.reverseOrder()));
		Duration total = Duration.ofNanos(System.nanoTime() - planStarted);
		StringBuilder report = new StringBuilder();
		report.append(String.format("Tests: %d classes in %s%n", slowestFirst.size(), minutes(total)));
		for (Map.Entry<String, Duration> entry : slowestFirst) {
			report.append(String.format("%9s  %s%n", minutes(entry.getValue()), entry.getKey()));
		}
		write(report.toString());
		StringBuilder shown = new StringBuilder(String.format("%n[test times] %d test classes ran in %s; the ten slowest:%n",
				slowestFirst.size(), minutes(total)));
		slowestFirst.stream().limit(10)
				.forEach(entry -> shown.append(String.format("[test times] %9s  %s%n", minutes(entry.getValue()), entry.getKey())));
		System.out.print(shown);
	}

	private static java.util.Optional<String> className(TestIdentifier test) {
		return test.getSource()
				.filter(ClassSource.class::isInstance)
				.map(source -> ((ClassSource) source).getJavaClass().getSimpleName());
	}

	private static String minutes(Duration duration) {
		return String.format("%d:%02d.%d", duration.toMinutes(), duration.toSecondsPart(), duration.toMillisPart() / 100);
	}

	private static void write(String report) {
		try {
			Path target = Path.of("target");
			if (Files.isDirectory(target)) {
				Files.writeString(target.resolve("test-class-times.txt"), report);
			}
		}
		catch (IOException cannotWrite) {
			System.err.println("[test times] not written: " + cannotWrite.getMessage());
		}
	}
}
