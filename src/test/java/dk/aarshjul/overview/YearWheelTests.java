package dk.aarshjul.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The wheel's arithmetic and picture without a server: where a date sits on the circle, which twelve
 * months a wheel shows when nobody chose (from a fixed clock, never the wall clock), and that every
 * date of a cycle is a mark with its Danish date, a name and a link, on the ring of who acts.
 */
class YearWheelTests {

	private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

	private final YearWheel wheel = new YearWheel(messages());

	@Test
	void aCalendarYearStartsAtTwelveOClockAndHasFirstJulyAtAboutHalfTheCircle() {
		WheelWindow year = WheelWindow.calendarYear(2027);
		assertThat(year.angle(LocalDate.of(2027, 1, 1))).isEqualTo(0.0);
		assertThat(year.angle(LocalDate.of(2027, 7, 1))).isCloseTo(180.0, within(2.0))
			.isCloseTo(360.0 * 181 / 365, within(0.001));
		assertThat(year.angle(LocalDate.of(2027, 4, 1))).isCloseTo(90.0, within(2.0));
		assertThat(year.angle(LocalDate.of(2027, 12, 31))).isCloseTo(360.0 * 364 / 365, within(0.001));
		assertThat(WheelWindow.calendarYear(2028).angle(LocalDate.of(2028, 7, 1))).as("a leap year has 366 days")
			.isCloseTo(360.0 * 182 / 366, within(0.001));
		assertThat(year.contains(LocalDate.of(2026, 12, 31))).isFalse();
		assertThat(year.contains(LocalDate.of(2028, 1, 1))).isFalse();
		assertThat(year.months()).hasSize(12).startsWith(LocalDate.of(2027, 1, 1)).endsWith(LocalDate.of(2027, 12, 1));
	}

	@Test
	void theComingTwelveMonthsStartAtTheFirstOfTodaysMonth() {
		LocalDate today = LocalDate.now(clockAt(2026, 12, 7));
		WheelWindow coming = WheelWindow.comingTwelveMonths(today);
		assertThat(coming.start()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(coming.calendarYear()).isFalse();
		assertThat(coming.angle(LocalDate.of(2026, 12, 1))).isEqualTo(0.0);
		assertThat(coming.angle(LocalDate.of(2027, 6, 1))).isCloseTo(180.0, within(2.0));
		assertThat(coming.contains(LocalDate.of(2027, 11, 30))).isTrue();
		assertThat(coming.contains(LocalDate.of(2027, 12, 1))).isFalse();
		assertThat(coming.months().get(1)).isEqualTo(LocalDate.of(2027, 1, 1));
	}

	@Test
	void unchosenTheWheelShowsTheYearOfTheCyclesRatherThanAnEmptyCurrentYear() {
		WheelCycle next = cycle("PLAN-A", "Strategiplan", 2027, "Udkast");
		LocalDate december = LocalDate.now(clockAt(2026, 12, 7));
		assertThat(WheelPage.window(null, null, december, List.of(next))).as("every date is in 2027")
			.isEqualTo(WheelWindow.calendarYear(2027));
		assertThat(WheelPage.window(null, null, december, List.of()))
			.as("without cycles: the coming twelve months").isEqualTo(WheelWindow.comingTwelveMonths(december));
		LocalDate lateNext = LocalDate.now(clockAt(2027, 9, 1));
		WheelCycle following = cycle("PLAN-B", "Næste plan", 2028, "Udkast");
		assertThat(WheelPage.window(null, null, lateNext, List.of(next, following)))
			.as("as many dates in the coming months as in either year: the coming months")
			.isEqualTo(WheelWindow.comingTwelveMonths(lateNext));
		assertThat(WheelPage.window(null, null, lateNext, List.of(following)))
			.as("only the 2028 cycle: its year").isEqualTo(WheelWindow.calendarYear(2028));
		assertThat(WheelPage.window("tolv", null, december, List.of(next)))
			.isEqualTo(WheelWindow.comingTwelveMonths(december));
		assertThat(WheelPage.window("aar", 2031, december, List.of(next))).isEqualTo(WheelWindow.calendarYear(2031));
		assertThat(WheelPage.window("aar", 99999, december, List.of(next))).as("a year out of range: today's")
			.isEqualTo(WheelWindow.calendarYear(2026));
	}

	@Test
	void everyDateOfACycleIsALabelledLinkOnTheRingOfWhoActsAndTheTableHasTheSameDates() {
		LocalDate today = LocalDate.now(clockAt(2027, 3, 10));
		WheelCycle cycle = cycle("PLAN-A", "Strategiplan <script>", 2027, "Høring i MED");
		YearWheel.Drawn drawn = wheel.draw(WheelWindow.calendarYear(2027), today, List.of(cycle), Set.of(),
				"Årshjulet 2027", "/ctx");
		String svg = drawn.svg();

		assertThat(marks(svg)).containsExactly("2027-01-15|direktion|15. jan.", "2027-02-01|hovedudvalg|1. feb.",
				"2027-02-20|oekonomiudvalg|20. feb.", "2027-02-27|byraad|27. feb.", "2027-04-30|enheder|30. apr.",
				"2027-06-30|enheder|30. jun.", "2027-12-31|direktion|31. dec.", "2027-12-31|enheder|31. dec.");
		assertThat(svg).doesNotContain("<script>")
			.contains("Strategiplan &lt;script&gt; 2027")
			.contains("href=\"/ctx/aarshjul/PLAN-A-2027\"")
			.contains("aria-label=\"27. feb. 2027 – Byrådet: Byrådets møde: Strategiplan &lt;script&gt; 2027\"")
			.contains("I dag: 10. mar.")
			.contains("class=\"today\"");
		assertThat(drawn.rows()).extracting(YearWheel.Row::day)
			.containsExactly("15. jan. 2027", "1. feb. 2027", "20. feb. 2027", "27. feb. 2027", "30. apr. 2027",
					"30. jun. 2027", "31. dec. 2027", "31. dec. 2027");
		assertThat(drawn.rows()).extracting(YearWheel.Row::what)
			.containsExactly("Frist for udkast", "Høringsfrist", "Økonomiudvalgets møde", "Byrådets møde",
					"Frist for oversættelse", "Opfølgning", "Evaluering", "Opfølgning");
		assertThat(drawn.plans()).singleElement().satisfies(plan -> assertThat(plan.phase()).isEqualTo("Høring i MED"));

		Matcher july = Pattern.compile("data-date=\"2027-06-30\"[^>]*><title>[^<]*</title><circle cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"")
			.matcher(svg);
		assertThat(july.find()).isTrue();
		double angle = Math.toDegrees(Math.atan2(Double.parseDouble(july.group(1)) - 500, 500 - Double.parseDouble(july.group(2))));
		assertThat(angle).as("30 June sits just before half the circle").isCloseTo(360.0 * 180 / 365, within(0.2));
		assertThat(svg).as("a date before today is drawn hollow").containsPattern("class=\"mark past\"[^>]*data-date=\"2027-01-15\"");
	}

	@Test
	void plansMeetingOnOneDayShareAMarkThatOpensTheirRowsAndARingCanBeShownAlone() {
		LocalDate today = LocalDate.now(clockAt(2026, 12, 7));
		List<WheelCycle> two = List.of(cycle("PLAN-A", "Plan A", 2027, "Udkast"), cycle("PLAN-B", "Plan B", 2027, null));
		YearWheel.Drawn drawn = wheel.draw(WheelWindow.calendarYear(2027), today, two, Set.of(WheelRing.COUNCIL),
				"Byrådet 2027", "");
		assertThat(marks(drawn.svg())).containsExactly("2027-02-27|byraad|27. feb.");
		assertThat(drawn.svg()).contains("href=\"#dato-1\"").contains("Byrådets møde: Plan A 2027; Byrådets møde: Plan B 2027")
			.doesNotContain("class=\"today\"");
		assertThat(drawn.rows()).extracting(YearWheel.Row::id).containsExactly("dato-1", "dato-2");
		assertThat(drawn.rows()).extracting(YearWheel.Row::plan).containsExactly("Plan A 2027", "Plan B 2027");
	}

	/** Each mark as "date|ring|visible label". */
	static List<String> marks(String svg) {
		Matcher mark = Pattern.compile("<a href=\"[^\"]*\" class=\"mark[^\"]*\" aria-label=\"[^\"]*\" data-date=\"([^\"]+)\" data-ring=\"([^\"]+)\">.*?class=\"day\" aria-hidden=\"true\">([^<]+)</text></a>")
			.matcher(svg);
		List<String> found = new java.util.ArrayList<>();
		while (mark.find()) {
			found.add(mark.group(1) + "|" + mark.group(2) + "|" + mark.group(3));
		}
		return found.stream().sorted().toList();
	}

	private static WheelCycle cycle(String code, String title, int year, String phase) {
		return new WheelCycle(code + "-" + year, code, title, year, phase, LocalDate.of(year, 1, 15),
				LocalDate.of(year, 2, 1), LocalDate.of(year, 2, 20), LocalDate.of(year, 2, 27), LocalDate.of(year, 4, 30),
				List.of(LocalDate.of(year, 6, 30), LocalDate.of(year, 12, 31)), LocalDate.of(year, 12, 31));
	}

	private static Clock clockAt(int year, int month, int day) {
		return Clock.fixed(ZonedDateTime.of(year, month, day, 12, 0, 0, 0, COPENHAGEN).toInstant(), COPENHAGEN);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
