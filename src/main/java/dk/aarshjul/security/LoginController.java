package dk.aarshjul.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page: the password form in modes local and ldap, a link to the identity provider
 * in mode oidc; and, in every mode, why someone is here (signed out, timed out, refused).
 */
@Controller
class LoginController {

	private final SignInProperties signIn;

	LoginController(SignInProperties signIn) {
		this.signIn = signIn;
	}

	@GetMapping("/login")
	String login(@RequestParam(name = "vent", required = false) String wait, Model model) {
		if (wait != null && wait.matches("[0-9]{1,4}")) {
			model.addAttribute("waitSeconds", Integer.parseInt(wait));
		}
		model.addAttribute("identityProvider",
				signIn.mode() == SignInMode.OIDC ? "/oauth2/authorization/" + signIn.oidc().registration() : null);
		model.addAttribute("contact", signIn.contact());
		return "login";
	}

}
