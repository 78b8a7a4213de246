package dk.aarshjul.system;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How deep Json nests, Json written as a string inside Json included. */
class JsonDepthTests {

	@Test
	void aPlansRowsAreWellWithinTheLimit() {
		assertThat(deeper("""
				{"variables": {"draftPlan": {"type": "Json", "value": "[{\\"title\\": \\"Trivsel\\", \\"goals\\": [{\\"description\\": \\"Færre sygedage\\"}]}]"}}}""")).isFalse();
	}

	@Test
	void twentyLevelsPassAndTwentyOneDoNot() {
		assertThat(deeper("[".repeat(20) + "]".repeat(20))).isFalse();
		assertThat(deeper("[".repeat(21) + "]".repeat(21))).isTrue();
	}

	@Test
	void jsonInAStringCountsFromWhereTheStringIs() {
		String inner = "[".repeat(18) + "]".repeat(18);
		assertThat(deeper("{\"a\": {\"value\": \"" + inner + "\"}}")).as("2 + 18").isFalse();
		assertThat(deeper("{\"a\": {\"b\": {\"value\": \"" + inner + "\"}}}")).as("3 + 18").isTrue();
	}

	@Test
	void aHundredLevelsDeepIsCaughtWithoutReadingThemAll() {
		assertThat(deeper("{\"a\":".repeat(100) + "1" + "}".repeat(100))).isTrue();
	}

	@Test
	void unreadableJsonAndTextThatOnlyLooksLikeJsonAreLeftToTheEngine() {
		assertThat(deeper("{\"a\": ")).isFalse();
		assertThat(deeper("{\"note\": \"[se bilag]\"}")).isFalse();
	}

	private static boolean deeper(String json) {
		return JsonDepth.deeperThanAllowed(json.getBytes(StandardCharsets.UTF_8));
	}

}
