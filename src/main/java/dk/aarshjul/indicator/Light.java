package dk.aarshjul.indicator;

/**
 * An indicator value's light. The same three as a follow-up's traffic light (followup.TrafficLight,
 * by name), kept here so that measuring depends on nothing of the follow-up round.
 */
public enum Light {
	GREEN, YELLOW, RED
}
