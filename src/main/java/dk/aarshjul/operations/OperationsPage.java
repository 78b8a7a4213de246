package dk.aarshjul.operations;

import java.io.IOException;

import dk.aarshjul.notification.MailStatus;
import dk.aarshjul.organisation.CamundaGroups;
import dk.aarshjul.organisation.OrganisationProperties;
import dk.aarshjul.organisation.PersonRepository;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrators' page: how this installation is set up, where a production start could
 * surprise — mails that only go to the log, no organisation file, the demo profile switched on.
 */
@Controller
class OperationsPage {

	private final MailStatus mail;

	private final OrganisationProperties organisation;

	private final PersonRepository people;

	private final Environment environment;

	OperationsPage(MailStatus mail, OrganisationProperties organisation, PersonRepository people,
			Environment environment) {
		this.mail = mail;
		this.organisation = organisation;
		this.people = people;
		this.environment = environment;
	}

	@GetMapping("/drift")
	String page(Authentication user, Model model) {
		boolean administrator = user.getAuthorities().stream()
			.anyMatch(authority -> authority.getAuthority().equals("GROUP_" + CamundaGroups.ADMINISTRATORS));
		if (!administrator) {
			throw new AccessDeniedException("Only administrators see the operations page");
		}
		model.addAttribute("mail", mail);
		model.addAttribute("organisationFile", organisation.file() == null ? null : nameOf(organisation.file()));
		model.addAttribute("people", people.count());
		model.addAttribute("demoProfile", environment.acceptsProfiles(Profiles.of("demo")));
		return "operations";
	}

	/** As an operator writes it in AARSHJUL_ORGANISATION_FILE. */
	private static String nameOf(Resource file) {
		if (file instanceof ClassPathResource classpath) {
			return "classpath:" + classpath.getPath();
		}
		try {
			return file.getURL().toString();
		}
		catch (IOException ex) {
			return file.getDescription();
		}
	}

}
