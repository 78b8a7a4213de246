package dk.aarshjul.followup;

/** A goal's status in a half-yearly report. */
public enum TrafficLight {

	GREEN, YELLOW, RED

}
