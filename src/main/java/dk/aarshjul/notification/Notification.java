package dk.aarshjul.notification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * One e-mail to one person, written when something happened and sent later by its mail job
 * ({@link MailJobs}). {@link #getSentAt()} makes sending idempotent: a retried job never sends twice.
 */
@Entity
public class Notification {

	@Id
	// from a sequence in blocks (db/vendor/*/V15): the rows of one completion go as one batched insert
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
	@SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
	private Long id;

	@Enumerated(EnumType.STRING)
	private NotificationKind kind;

	private String recipientId;

	private String recipientEmail;

	private String onBehalfOf;

	private String subject;

	private String body;

	private String taskId;

	private String businessKey;

	private Instant createdAt;

	private Instant sentAt;

	protected Notification() {
	}

	Notification(NotificationKind kind, Recipient recipient, String subject, String body, String taskId,
			String businessKey, Instant createdAt) {
		this.kind = kind;
		this.recipientId = recipient.userId();
		this.recipientEmail = recipient.email();
		this.onBehalfOf = recipient.onBehalfOf();
		this.subject = subject;
		this.body = body;
		this.taskId = taskId;
		this.businessKey = businessKey;
		this.createdAt = createdAt;
	}

	void markSent(Instant at) {
		this.sentAt = at;
	}

	public Long getId() {
		return id;
	}

	public NotificationKind getKind() {
		return kind;
	}

	public String getRecipientId() {
		return recipientId;
	}

	public String getRecipientEmail() {
		return recipientEmail;
	}

	public String getOnBehalfOf() {
		return onBehalfOf;
	}

	public String getSubject() {
		return subject;
	}

	public String getBody() {
		return body;
	}

	public String getTaskId() {
		return taskId;
	}

	public String getBusinessKey() {
		return businessKey;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getSentAt() {
		return sentAt;
	}

}
