package dk.aarshjul.overview;

import java.time.LocalDate;

/**
 * A date of a cycle on the wheel: when, on whose ring, what happens (in Danish), and the cycle it
 * belongs to, whose page the mark opens.
 */
public record WheelEvent(LocalDate date, WheelRing ring, String what, WheelCycle cycle, int planNumber) {
}
