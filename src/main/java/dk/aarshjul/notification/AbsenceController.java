package dk.aarshjul.notification;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;

import dk.aarshjul.organisation.Person;
import dk.aarshjul.organisation.PersonRepository;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Fravær": a person says they are away and who covers for them. While it lasts, Årshjul's mails
 * to them go to the deputy instead.
 */
@Controller
class AbsenceController {

	private static final int LONGEST_ABSENCE_DAYS = 366;

	private final PersonAbsenceRepository absences;

	private final PersonRepository people;

	private final Clock clock;

	AbsenceController(PersonAbsenceRepository absences, PersonRepository people, Clock clock) {
		this.absences = absences;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping("/fravaer")
	String show(Principal user, Model model) {
		AbsenceForm form = absences.findById(user.getName()).map(AbsenceForm::of).orElseGet(AbsenceForm::new);
		return page(user, model, form);
	}

	@PostMapping("/fravaer")
	@Transactional
	String save(Principal user, @ModelAttribute("absence") AbsenceForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (form.getDeputyId() == null || form.getDeputyId().equals(user.getName())
				|| !people.existsById(form.getDeputyId())) {
			errors.rejectValue("deputyId", "absence.deputy.invalid");
		}
		if (form.getFirstDay() == null && !errors.hasFieldErrors("firstDay")) {
			errors.rejectValue("firstDay", "absence.firstDay.required");
		}
		if (form.getLastDay() == null && !errors.hasFieldErrors("lastDay")) {
			errors.rejectValue("lastDay", "absence.lastDay.required");
		}
		if (form.getFirstDay() != null && form.getLastDay() != null) {
			if (form.getLastDay().isBefore(form.getFirstDay())) {
				errors.rejectValue("lastDay", "absence.lastDay.order");
			}
			else if (form.getLastDay().isBefore(LocalDate.now(clock))) {
				errors.rejectValue("lastDay", "absence.lastDay.past");
			}
			else if (form.getLastDay().isAfter(form.getFirstDay().plusDays(LONGEST_ABSENCE_DAYS))) {
				errors.rejectValue("lastDay", "absence.lastDay.tooLong");
			}
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return page(user, model, form);
		}
		PersonAbsence absence = absences.findById(user.getName()).orElseGet(() -> new PersonAbsence(user.getName()));
		absence.set(form.getDeputyId(), form.getFirstDay(), form.getLastDay());
		absences.save(absence);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/fravaer";
	}

	@PostMapping("/fravaer/slet")
	@Transactional
	String remove(Principal user, RedirectAttributes redirect) {
		absences.deleteById(user.getName());
		redirect.addFlashAttribute("removed", true);
		return "redirect:/fravaer";
	}

	private String page(Principal user, Model model, AbsenceForm form) {
		model.addAttribute("absence", form);
		model.addAttribute("registered", absences.existsById(user.getName()));
		model.addAttribute("deputies", people.findAll().stream()
			.filter(person -> !person.getId().equals(user.getName()))
			.sorted(Comparator.comparing(Person::getName))
			.toList());
		return "absence";
	}

}
