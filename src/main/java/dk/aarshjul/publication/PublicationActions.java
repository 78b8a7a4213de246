package dk.aarshjul.publication;

import dk.aarshjul.organisation.CamundaGroups;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The buttons on a plan's page: a process owner publishes the approved plan, or withdraws it. */
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

	@PostMapping("/aarshjul/{businessKey}/offentliggoerelse")
	String publish(@PathVariable String businessKey, Authentication user, RedirectAttributes redirect) {
		processOwner(user);
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
