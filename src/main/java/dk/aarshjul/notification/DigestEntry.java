package dk.aarshjul.notification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A new task waiting for its recipient's next daily digest ({@link MailDigests}). */
@Entity
@Table(name = "mail_digest_entry")
class DigestEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String recipientId;

	private String recipientEmail;

	private String onBehalfOf;

	private String taskId;

	private String taskName;

	private String dueText;

	private String businessKey;

	private Instant queuedAt;

	private Instant sentAt;

	protected DigestEntry() {
	}

	DigestEntry(Recipient recipient, String taskId, String taskName, String dueText, String businessKey,
			Instant queuedAt) {
		this.recipientId = recipient.userId();
		this.recipientEmail = recipient.email();
		this.onBehalfOf = recipient.onBehalfOf();
		this.taskId = taskId;
		this.taskName = taskName;
		this.dueText = dueText;
		this.businessKey = businessKey;
		this.queuedAt = queuedAt;
	}

	void markSent(Instant at) {
		this.sentAt = at;
	}

	Long getId() {
		return id;
	}

	String getRecipientId() {
		return recipientId;
	}

	String getRecipientEmail() {
		return recipientEmail;
	}

	String getOnBehalfOf() {
		return onBehalfOf;
	}

	String getTaskId() {
		return taskId;
	}

	String getTaskName() {
		return taskName;
	}

	String getDueText() {
		return dueText;
	}

	Instant getQueuedAt() {
		return queuedAt;
	}

	Instant getSentAt() {
		return sentAt;
	}

}
