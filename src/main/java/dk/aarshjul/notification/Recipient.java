package dk.aarshjul.notification;

/**
 * Who actually receives a mail meant for a person: the person, or their deputy while they are
 * away ({@code onBehalfOf} then names the absent person).
 */
record Recipient(String userId, String name, String email, String onBehalfOf, String onBehalfOfName) {

	boolean isDeputy() {
		return onBehalfOf != null;
	}

}
