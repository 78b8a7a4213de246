package dk.aarshjul.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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
	String login(Model model) {
		model.addAttribute("identityProvider",
				signIn.mode() == SignInMode.OIDC ? "/oauth2/authorization/" + signIn.oidc().registration() : null);
		model.addAttribute("contact", signIn.contact());
		return "login";
	}

}
