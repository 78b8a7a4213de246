package dk.aarshjul.system;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.aarshjul.calendar.WorkingTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser the tests drive keeps Copenhagen's time and speaks Danish whatever the machine's zone
 * (UTC in CI): its "today" is the municipality's, also in the hour after midnight in Copenhagen,
 * which is still yesterday in UTC — in winter from 23:00 UTC, in summer from 22:00. No server.
 */
class BrowserClockTests {

	/** Half past midnight in Copenhagen, still the day before in UTC: in winter, and in summer. */
	static List<Instant> halfPastMidnightInCopenhagen() {
		return List.of(Instant.parse("2026-12-31T23:30:00Z"), Instant.parse("2027-06-30T22:30:00Z"));
	}

	@Test
	void theBrowserKeepsCopenhagensTimeAndSpeaksDanish() throws Exception {
		try (Browser browser = Browser.open("browser-clock")) {
			browser.go("data:text/html,<title>ur</title>");
			assertThat(browser.script("return Intl.DateTimeFormat().resolvedOptions().timeZone;"))
				.isEqualTo("Europe/Copenhagen");
			assertThat(browser.script("return new Date(2027, 0, 15).getTimezoneOffset();")).as("winter time, +01:00")
				.isEqualTo(-60L);
			assertThat(browser.script("return new Date(2027, 6, 15).getTimezoneOffset();")).as("summer time, +02:00")
				.isEqualTo(-120L);
			assertThat(browser.script("return Intl.DateTimeFormat().resolvedOptions().locale;")).asString()
				.startsWith("da");
			assertThat(browser.script("return new Intl.DateTimeFormat().format(new Date(2064, 5, 30));"))
				.isEqualTo("30.6.2064");
		}
	}

	@ParameterizedTest
	@MethodSource("halfPastMidnightInCopenhagen")
	void aPagesTodayIsCopenhagensAfterMidnight(Instant now) throws Exception {
		LocalDate copenhagen = LocalDate.ofInstant(now, WorkingTime.ZONE);
		try (Browser browser = Browser.open("browser-clock-midnight")) {
			browser.clockAt(now);
			browser.go("data:text/html,<title>ur</title>");
			assertThat(browser.script("const now = new Date();"
					+ " return [now.getFullYear(), now.getMonth() + 1, now.getDate(), now.getHours()].join('-');"))
				.as("%s is %s in Copenhagen", now, copenhagen).isEqualTo(copenhagen.getYear() + "-"
						+ copenhagen.getMonthValue() + "-" + copenhagen.getDayOfMonth() + "-0");
			long shown = (Long) browser.script("return Date.now();");
			assertThat(shown).as("the page's clock runs from the instant set")
				.isBetween(now.toEpochMilli(), now.toEpochMilli() + 60_000);
		}
	}

}
