package dk.aarshjul.notification;

/** Why Årshjul writes to someone about a task; the key of its subject and text in messages.properties. */
public enum NotificationKind {

	NEW_TASK("newTask"), REMINDER("reminder"), ESCALATION("escalation"), FOUR_EYES("fourEyes"),

	/** The day's new tasks of a person who chose (or by default gets) one mail a working day. */
	DIGEST("digest");

	private final String messageKey;

	NotificationKind(String messageKey) {
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}

}
