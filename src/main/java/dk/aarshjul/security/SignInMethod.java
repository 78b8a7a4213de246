package dk.aarshjul.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * What a sign-in mode adds to the security filter chains: how a person signs in on a page, how
 * a script authenticates on the APIs, and where a page sends someone who has not signed in.
 * Exactly one exists, chosen by {@link SignInMode}.
 */
interface SignInMethod {

	/** Årshjul's pages and its /api: the interactive sign-in, and credentials for scripts. */
	void pages(HttpSecurity http) throws Exception;

	/** The engine REST API: credentials on every request, no session. */
	void engineRest(HttpSecurity http) throws Exception;

	/** Where a page of the webapps sends a visitor who has not signed in. */
	AuthenticationEntryPoint signInPage();

	/**
	 * Other origins a form of Årshjul's may lead to (the page's form-action): signing out in mode
	 * oidc ends at the identity provider. Empty: none.
	 */
	default String formTargets() {
		return "";
	}

}
