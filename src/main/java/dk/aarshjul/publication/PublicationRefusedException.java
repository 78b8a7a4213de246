package dk.aarshjul.publication;

/** A publication a process owner may not make, with the Danish reason's message key. */
class PublicationRefusedException extends RuntimeException {

	private final String messageKey;

	PublicationRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}

}
