package dk.aarshjul.feed;

import java.time.LocalDate;

/**
 * One all-day event of a feed. The uid stays the same when the date moves, so a calendar that
 * subscribes moves the event instead of adding a second one.
 */
record CalendarEvent(String uid, LocalDate day, String summary, String description, String url) {
}
