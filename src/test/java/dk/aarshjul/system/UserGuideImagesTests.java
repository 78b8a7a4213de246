package dk.aarshjul.system;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user guide's pictures are there: every image {@code docs/brugervejledning.md} links exists
 * (they are taken by {@link UserGuideScreenshotsBrowserTests}), is a screen's size rather than a
 * whole page's, every role's section shows at least one, and no picture lies unused in
 * {@code docs/billeder/}.
 */
class UserGuideImagesTests {

	private static final Path GUIDE = Path.of("docs", "brugervejledning.md");

	private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]+\\]\\((billeder/[^)\\s]+\\.png)\\)");

	private static final List<String> ROLES = List.of("Procesejer", "Direktionen", "Chef eller leder i en enhed",
			"MED", "Udvalgsmedlem");

	@Test
	void everyImageTheGuideLinksExistsAndIsAScreensSize() throws IOException {
		List<String> linked = imagesIn(Files.readString(GUIDE));
		assertThat(linked).as("the guide shows pictures").isNotEmpty();
		for (String link : linked) {
			Path file = GUIDE.resolveSibling(link);
			assertThat(file).as("%s, linked from the guide", link).isRegularFile();
			BufferedImage image = ImageIO.read(file.toFile());
			assertThat(image).as("%s is a PNG", link).isNotNull();
			assertThat(image.getWidth()).as("%s is a screen wide", link).isBetween(390, 1400);
			assertThat(image.getHeight()).as("%s is one screen, not a whole page", link).isBetween(300, 1000);
		}
	}

	@Test
	void everyRoleHasAPicture() throws IOException {
		Map<String, String> sections = sections(Files.readString(GUIDE));
		for (String role : ROLES) {
			assertThat(sections).as("the guide has a section for %s", role).containsKey(role);
			assertThat(imagesIn(sections.get(role))).as("pictures in the section %s", role).isNotEmpty();
		}
	}

	@Test
	void noPictureLiesUnused() throws IOException {
		List<String> linked = imagesIn(Files.readString(GUIDE));
		try (var files = Files.list(UserGuideScreenshotsBrowserTests.PICTURES)) {
			assertThat(files.map(file -> "billeder/" + file.getFileName()).toList())
				.as("every picture in docs/billeder is in the guide")
				.allMatch(linked::contains);
		}
	}

	@Test
	void theLinkPatternReadsAnImageLink() {
		// the check above must be able to fail: a link to a picture nobody took
		List<String> linked = imagesIn("![Noget](billeder/findes-ikke.png)");
		assertThat(linked).containsExactly("billeder/findes-ikke.png");
		assertThat(GUIDE.resolveSibling(linked.get(0))).doesNotExist();
	}

	private static List<String> imagesIn(String markdown) {
		List<String> images = new ArrayList<>();
		Matcher matcher = IMAGE.matcher(markdown);
		while (matcher.find()) {
			images.add(matcher.group(1));
		}
		return images;
	}

	/** The guide's second-level sections by heading: "Sådan finder du dine opgaver" is a section too. */
	private static Map<String, String> sections(String markdown) {
		Map<String, String> sections = new LinkedHashMap<>();
		String heading = null;
		StringBuilder body = new StringBuilder();
		for (String line : markdown.split("\n")) {
			if (line.startsWith("## ")) {
				if (heading != null) {
					sections.put(heading, body.toString());
				}
				heading = line.substring(3).strip();
				body.setLength(0);
			}
			else {
				body.append(line).append('\n');
			}
		}
		if (heading != null) {
			sections.put(heading, body.toString());
		}
		return sections;
	}

}
