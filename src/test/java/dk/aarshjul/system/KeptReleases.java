package dk.aarshjul.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The releases whose cycles may still be running somewhere: their models and forms as they were
 * deployed, kept under src/test/resources/releases/&lt;version&gt;/ (bpmn/, forms/). A release whose
 * folder holds {@code all-migrated.txt} (saying why) is known to have no instance left anywhere, so
 * its models need no longer resolve against today's beans.
 */
public final class KeptReleases {

	private static final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	private KeptReleases() {
	}

	/** The kept releases' versions, oldest first. */
	public static List<String> versions() {
		return Arrays.stream(find("classpath*:releases/*/bpmn/*.bpmn"))
			.map(model -> {
				try {
					String uri = model.getURI().toString();
					String folder = uri.substring(0, uri.lastIndexOf("/bpmn/"));
					return folder.substring(folder.lastIndexOf('/') + 1);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			})
			.distinct()
			.sorted(Comparator.comparing(KeptReleases::numbers, KeptReleases::compareVersions))
			.toList();
	}

	public static String newest() {
		List<String> versions = versions();
		return versions.get(versions.size() - 1);
	}

	public static boolean allMigrated(String version) {
		return find("classpath*:releases/" + version + "/all-migrated.txt").length > 0;
	}

	/** The release's models (BPMN and DMN). */
	public static List<Resource> models(String version) {
		return concat(find("classpath*:releases/" + version + "/bpmn/*.bpmn"),
				find("classpath*:releases/" + version + "/bpmn/*.dmn"));
	}

	/** What the release deployed: its models and its Camunda Forms (the embedded .html forms are served, not deployed). */
	public static List<Resource> deployed(String version) {
		return concat(models(version).toArray(Resource[]::new),
				find("classpath*:releases/" + version + "/forms/*.form"));
	}

	public static byte[] bytes(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Resource> concat(Resource[] first, Resource[] second) {
		return java.util.stream.Stream.concat(Arrays.stream(first), Arrays.stream(second))
			.sorted(Comparator.comparing(Resource::getFilename))
			.toList();
	}

	private static Resource[] find(String pattern) {
		try {
			return resources.getResources(pattern);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int[] numbers(String version) {
		return Arrays.stream(version.split("\\.")).mapToInt(Integer::parseInt).toArray();
	}

	private static int compareVersions(int[] a, int[] b) {
		return Arrays.compare(a, b);
	}

}
