package dk.aarshjul.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar (RFC 5545) document: lines end in CRLF and are folded at 75 octets without
 * splitting a character, text values are escaped. Every event is a whole day (a DATE value):
 * deadlines and meetings are dates in Årshjul, so no time zone is needed and a date is the same
 * day in every calendar.
 */
final class ICalendar {

	static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final int MOST_OCTETS_PER_LINE = 75;

	private ICalendar() {
	}

	static String write(String name, List<CalendarEvent> events, Instant now) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Aarshjul//Aarshjul//DA");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + text(name));
		for (CalendarEvent event : events) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + event.uid());
			line(out, "DTSTAMP:" + STAMP.format(now));
			line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.day()));
			line(out, "DTEND;VALUE=DATE:" + DATE.format(event.day().plusDays(1)));
			line(out, "SUMMARY;LANGUAGE=da:" + text(event.summary()));
			if (event.description() != null) {
				line(out, "DESCRIPTION;LANGUAGE=da:" + text(event.description()));
			}
			if (event.url() != null) {
				line(out, "URL:" + event.url());
			}
			// a deadline does not make anyone busy
			line(out, "TRANSP:TRANSPARENT");
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped. */
	static String text(String value) {
		return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
			.replace("\n", "\\n").replace("\r", "\\n");
	}

	/** Appends a content line, folded (RFC 5545 3.1): at most 75 octets, continued after CRLF and a space. */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = MOST_OCTETS_PER_LINE;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

	static LocalDate dayOf(Instant moment) {
		return moment.atZone(dk.aarshjul.calendar.WorkingTime.ZONE).toLocalDate();
	}

}
