package dk.aarshjul.notification;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A person's leave, set by the person: from the first to the last day their mails go to the deputy. */
@Entity
public class PersonAbsence {

	@Id
	private String personId;

	@Version
	private long version;

	private String deputyId;

	private LocalDate firstDay;

	private LocalDate lastDay;

	protected PersonAbsence() {
	}

	public PersonAbsence(String personId) {
		this.personId = personId;
	}

	public void set(String deputyId, LocalDate firstDay, LocalDate lastDay) {
		this.deputyId = deputyId;
		this.firstDay = firstDay;
		this.lastDay = lastDay;
	}

	public boolean covers(LocalDate day) {
		return !day.isBefore(firstDay) && !day.isAfter(lastDay);
	}

	public String getPersonId() {
		return personId;
	}

	public String getDeputyId() {
		return deputyId;
	}

	public LocalDate getFirstDay() {
		return firstDay;
	}

	public LocalDate getLastDay() {
		return lastDay;
	}

}
