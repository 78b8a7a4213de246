package dk.aarshjul.notification;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** What the leave page posts. */
class AbsenceForm {

	private String deputyId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate firstDay;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate lastDay;

	static AbsenceForm of(PersonAbsence absence) {
		AbsenceForm form = new AbsenceForm();
		form.deputyId = absence.getDeputyId();
		form.firstDay = absence.getFirstDay();
		form.lastDay = absence.getLastDay();
		return form;
	}

	public String getDeputyId() {
		return deputyId;
	}

	public void setDeputyId(String deputyId) {
		this.deputyId = deputyId;
	}

	public LocalDate getFirstDay() {
		return firstDay;
	}

	public void setFirstDay(LocalDate firstDay) {
		this.firstDay = firstDay;
	}

	public LocalDate getLastDay() {
		return lastDay;
	}

	public void setLastDay(LocalDate lastDay) {
		this.lastDay = lastDay;
	}

}
