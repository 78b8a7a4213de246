package dk.aarshjul.settings;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.feed.CalendarLinks;
import dk.aarshjul.feed.FeedAddresses;
import dk.aarshjul.notification.MailChoice;
import dk.aarshjul.notification.MailPreferences;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Indstillinger": a signed-in person chooses how they hear of new tasks (docs/mail.md) and makes
 * their secret calendar link (docs/calendars.md). Everything on the page is the person's own.
 */
@Controller
class SettingsController {

	private static final DateTimeFormatter MADE_AT = DateTimeFormatter
		.ofPattern("d. MMMM yyyy 'kl.' HH.mm", Locale.forLanguageTag("da-DK"))
		.withZone(WorkingTime.ZONE);

	private final MailPreferences preferences;

	private final CalendarLinks links;

	private final FeedAddresses addresses;

	SettingsController(MailPreferences preferences, CalendarLinks links, FeedAddresses addresses) {
		this.preferences = preferences;
		this.links = links;
		this.addresses = addresses;
	}

	@GetMapping("/indstillinger")
	String show(Authentication user, Model model) {
		return page(user, model);
	}

	@PostMapping("/indstillinger/mail")
	String chooseMail(Authentication user, @RequestParam(name = "choice", required = false) String value, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		MailChoice choice = MailChoice.fromFormValue(value).orElse(null);
		if (choice == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("mailInvalid", true);
			return page(user, model);
		}
		preferences.choose(user.getName(), choice);
		redirect.addFlashAttribute("mailSaved", true);
		return "redirect:/indstillinger";
	}

	@PostMapping("/indstillinger/kalenderlink")
	String newCalendarLink(Authentication user, RedirectAttributes redirect) {
		String token = links.renew(user.getName());
		redirect.addFlashAttribute("freshLinks", addresses.of(token, user));
		return "redirect:/indstillinger#kalender";
	}

	private String page(Authentication user, Model model) {
		String personId = user.getName();
		model.addAttribute("chosen", preferences.chosenBy(personId).map(MailChoice::formValue).orElse(null));
		model.addAttribute("digestNow", preferences.getsDigestNow(personId));
		model.addAttribute("perTask", MailChoice.PER_TASK.formValue());
		model.addAttribute("digest", MailChoice.DAILY_DIGEST.formValue());
		model.addAttribute("linkMadeAt", links.madeAt(personId).map(MADE_AT::format).orElse(null));
		return "settings";
	}

}
