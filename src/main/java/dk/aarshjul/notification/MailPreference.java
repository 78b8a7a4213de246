package dk.aarshjul.notification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** The choice a person made on the settings page; without one the default applies ({@link MailPreferences}). */
@Entity
class MailPreference {

	@Id
	private String personId;

	@Enumerated(EnumType.STRING)
	private MailChoice choice;

	private Instant changedAt;

	protected MailPreference() {
	}

	MailPreference(String personId) {
		this.personId = personId;
	}

	void choose(MailChoice choice, Instant at) {
		this.choice = choice;
		this.changedAt = at;
	}

	String getPersonId() {
		return personId;
	}

	MailChoice getChoice() {
		return choice;
	}

}
