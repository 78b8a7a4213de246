package dk.aarshjul.feed;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A person's secret calendar link, kept as the SHA-256 of its token only. */
@Entity
class CalendarLink {

	@Id
	private String personId;

	private String tokenHash;

	private Instant createdAt;

	protected CalendarLink() {
	}

	CalendarLink(String personId, String tokenHash, Instant createdAt) {
		this.personId = personId;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
	}

	void replace(String tokenHash, Instant createdAt) {
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
	}

	String getPersonId() {
		return personId;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

}
