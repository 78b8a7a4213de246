package dk.aarshjul.publication;

import java.util.Optional;

import dk.aarshjul.organisation.CamundaGroups;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons on a plan's page: a process owner publishes the approved plan, or withdraws it.
 * Publishing asks first: a page shows what citizens will see, and only its confirming button
 * publishes (a publish request without {@code confirmed=true} is shown that page instead).
 */
@Controller
class PublicationActions {

	static final String NOTICE = "publicationNotice";

	static final String REFUSAL = "publicationRefusal";

	private final Publishing publishing;

	private final MessageSource messages;

	PublicationActions(Publishing publishing, MessageSource messages) {
		this.publishing = publishing;
		this.messages = messages;
	}

	@GetMapping("/aarshjul/{businessKey}/offentliggoerelse")
	String confirm(@PathVariable String businessKey, Authentication user, Model model, RedirectAttributes redirect) {
		processOwner(user);
		if (publishing.stateOf(businessKey).published()) {
			redirect.addFlashAttribute(REFUSAL, message("publication.alreadyPublished"));
			return "redirect:/aarshjul/" + businessKey;
		}
		Optional<PlanSnapshot> preview = publishing.preview(businessKey);
		if (preview.isEmpty()) {
			redirect.addFlashAttribute(REFUSAL, message("publication.notApproved"));
			return "redirect:/aarshjul/" + businessKey;
		}
		model.addAttribute("businessKey", businessKey);
		model.addAttribute("plan", preview.get());
		return "publication-confirm";
	}

	@PostMapping("/aarshjul/{businessKey}/offentliggoerelse")
	String publish(@PathVariable String businessKey, @RequestParam(required = false) String confirmed,
			Authentication user, RedirectAttributes redirect) {
		processOwner(user);
		if (!"true".equals(confirmed)) {
			// not from the confirming page: show what would be published, publish nothing
			return "redirect:/aarshjul/" + businessKey + "/offentliggoerelse";
		}
		try {
			publishing.publish(businessKey, user.getName());
			redirect.addFlashAttribute(NOTICE, message("publication.published"));
		}
		catch (PublicationRefusedException refused) {
			redirect.addFlashAttribute(REFUSAL, message(refused.messageKey()));
		}
		return "redirect:/aarshjul/" + businessKey;
	}

	@PostMapping("/aarshjul/{businessKey}/offentliggoerelse/tilbagetraekning")
	String withdraw(@PathVariable String businessKey, Authentication user, RedirectAttributes redirect) {
		processOwner(user);
		try {
			publishing.withdraw(businessKey, user.getName());
			redirect.addFlashAttribute(NOTICE, message("publication.withdrawn"));
		}
		catch (PublicationRefusedException refused) {
			redirect.addFlashAttribute(REFUSAL, message(refused.messageKey()));
		}
		return "redirect:/aarshjul/" + businessKey;
	}

	private static void processOwner(Authentication user) {
		boolean processOwner = user.getAuthorities().stream()
			.anyMatch(authority -> authority.getAuthority().equals("GROUP_" + CamundaGroups.PROCESS_OWNERS));
		if (!processOwner) {
			throw new AccessDeniedException("Only process owners publish plans");
		}
	}

	private String message(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
