package dk.aarshjul.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.aarshjul.cycle.StrategyCycle;
import dk.aarshjul.publication.Publishing;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * One plan's cycle: its page (content, timeline, matrix, follow-up, wheel, journal entries), its
 * agenda PDF and its journal entries' PDFs.
 */
@Controller
class CyclePage {

	private final VisibleCycles cycles;

	private final YearWheel wheel;

	private final AgendaDocument agenda;

	private final Clock clock;

	private final MessageSource messages;

	private final WordDownloads word;

	private final Publishing publishing;

	private final ViewerResolver viewers;

	private final ObjectProvider<CycleJournal> journal;

	private final PlanOverview overview;

	CyclePage(VisibleCycles cycles, YearWheel wheel, AgendaDocument agenda, Clock clock, MessageSource messages,
			WordDownloads word, Publishing publishing, ViewerResolver viewers, ObjectProvider<CycleJournal> journal,
			PlanOverview overview) {
		this.overview = overview;
		this.messages = messages;
		this.word = word;
		this.publishing = publishing;
		this.viewers = viewers;
		this.journal = journal;
		this.cycles = cycles;
		this.wheel = wheel;
		this.agenda = agenda;
		this.clock = clock;
	}

	@GetMapping("/aarshjul/{businessKey}")
	String page(@PathVariable String businessKey, Authentication user, HttpServletRequest request, Model model) {
		Optional<String> planPage = cycles.planPageBeforeCycle(businessKey, user);
		if (planPage.isPresent()) {
			return "redirect:" + planPage.get();
		}
		CycleRecord.View view = cycles.of(businessKey, user);
		StrategyCycle cycle = view.cycle();
		model.addAttribute("view", view);
		model.addAttribute("directors", agenda.directorNames(view));
		WheelCycle drawn = wheelCycle(cycle, overview.phaseNameOf(businessKey));
		LocalDate today = LocalDate.now(clock);
		WheelWindow window = WheelWindow.chosenFor(WheelPage.dates(drawn).toList(), List.of(cycle.getCycleYear()),
				today);
		String title = message("wheel.title", view.plan().getTitle(), String.valueOf(cycle.getCycleYear()));
		model.addAttribute("wheel", wheel.draw(window, today, List.of(drawn), Set.of(), title, request.getContextPath()));
		model.addAttribute("wheelTitle", title);
		model.addAttribute("unitPlanDownloads", word.unitPlansOf(view));
		model.addAttribute("publication", publishing.stateOf(businessKey));
		model.addAttribute("mayPublish", viewers.of(user).isProcessOwner());
		journal.ifAvailable(entries -> model.addAttribute("journal", entries.lines(businessKey)));
		return "cycle";
	}

	/** A journal entry's PDF/A, for whoever may see the plan. */
	@GetMapping("/aarshjul/{businessKey}/journal/{entryId}.pdf")
	ResponseEntity<byte[]> journalDocument(@PathVariable String businessKey, @PathVariable long entryId,
			Authentication user) {
		cycles.of(businessKey, user);
		CycleJournal.Document document = journal.stream()
			.flatMap(entries -> entries.document(businessKey, entryId).stream())
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.fileName()).build().toString())
			.body(document.pdf());
	}

	@GetMapping("/aarshjul/{businessKey}/dagsorden.pdf")
	ResponseEntity<byte[]> agenda(@PathVariable String businessKey, Authentication user) {
		CycleRecord.View view = cycles.of(businessKey, user);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(businessKey + "-dagsorden.pdf").build().toString())
			.body(agenda.render(view));
	}

	/** One half-yearly status on its own, for the agenda of the meeting that takes note of it. */
	@GetMapping("/aarshjul/{businessKey}/status/{periodEnd}.pdf")
	ResponseEntity<byte[]> status(@PathVariable String businessKey, @PathVariable String periodEnd,
			Authentication user) {
		CycleRecord.View view = cycles.of(businessKey, user);
		List<CycleRecord.Round> round = view.rounds().stream()
			.filter(candidate -> candidate.periodEnd().toString().equals(periodEnd))
			.toList();
		if (round.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		CycleRecord.View status = new CycleRecord.View(view.cycle(), view.plan(), view.focusAreas(), view.timeline(),
				view.matrix(), round, view.audit());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename(businessKey + "-status-" + periodEnd + ".pdf")
				.build()
				.toString())
			.body(agenda.render(status));
	}

	private static WheelCycle wheelCycle(StrategyCycle cycle, String phaseName) {
		return new WheelCycle(cycle.getBusinessKey(), cycle.getPlan().getCode(), cycle.getPlan().getTitle(),
				cycle.getCycleYear(), phaseName, cycle.getDraftingDeadline(), cycle.getConsultationDeadline(),
				cycle.getFinanceCommitteeMeeting(), cycle.getCouncilMeeting(), cycle.getTranslationDeadline(),
				List.copyOf(cycle.getFollowUpDates()), cycle.getPeriodEnd());
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
