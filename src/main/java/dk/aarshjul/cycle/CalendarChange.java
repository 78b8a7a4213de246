package dk.aarshjul.cycle;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One moved date of a running cycle: kept with the cycle, never edited afterwards. */
@Entity
@Table(name = "cycle_calendar_change")
public class CalendarChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long cycleId;

	private String field;

	private LocalDate oldDate;

	private LocalDate newDate;

	private String reason;

	private String changedBy;

	private Instant changedAt;

	protected CalendarChange() {
	}

	CalendarChange(Long cycleId, CalendarField field, LocalDate oldDate, LocalDate newDate, String reason,
			String changedBy, Instant changedAt) {
		this.cycleId = cycleId;
		this.field = field.key();
		this.oldDate = oldDate;
		this.newDate = newDate;
		this.reason = reason;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public Long getId() {
		return id;
	}

	public Long getCycleId() {
		return cycleId;
	}

	public String getField() {
		return field;
	}

	public LocalDate getOldDate() {
		return oldDate;
	}

	public LocalDate getNewDate() {
		return newDate;
	}

	public String getReason() {
		return reason;
	}

	public String getChangedBy() {
		return changedBy;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

}
