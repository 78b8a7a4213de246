package dk.aarshjul.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How people sign in: aarshjul.sign-in.* (environment variables AARSHJUL_SIGN_IN_MODE,
 * AARSHJUL_OIDC_*, AARSHJUL_LDAP_*; see README, "Log ind").
 */
@ConfigurationProperties("aarshjul.sign-in")
record SignInProperties(@DefaultValue("local") SignInMode mode, @DefaultValue Oidc oidc, @DefaultValue Ldap ldap,
		/** Whom a person who cannot be let in is told to contact, e.g. "IT-support på 1234". */
		@DefaultValue("Årshjulets administrator") String contact) {

	/**
	 * @param issuerUri the identity provider, e.g. https://login.kommune.dk/realms/kommune
	 * @param registration the name of Årshjul's client registration (in the sign-in address)
	 * @param matchClaim the ID token's claim that identifies the person
	 * @param matchBy what in the organisation file that claim holds: the person's id, e-mail or employee
	 *        number ({@code employeeNumber})
	 * @param adminClaim the claim with the person's roles
	 * @param adminRole the role that makes an administrator (camunda-admin); empty: none by claim
	 */
	record Oidc(String issuerUri, String clientId, String clientSecret, @DefaultValue("aarshjul") String registration, @DefaultValue("preferred_username") String matchClaim,
			@DefaultValue("id") MatchBy matchBy, @DefaultValue("roles") String adminClaim, String adminRole) {

		boolean administratorsByRole() {
			return adminRole != null && !adminRole.isBlank();
		}

	}

	/**
	 * @param url e.g. ldaps://ad.kommune.dk:636
	 * @param base where users are searched, e.g. OU=Brugere,DC=kommune,DC=dk
	 * @param userSearchFilter {0} is the typed username
	 * @param bindDn the account that searches (empty: anonymous search)
	 * @param adminGroup the DN of the directory group whose members administer Årshjul; empty: none
	 */
	record Ldap(String url, String base, @DefaultValue("(sAMAccountName={0})") String userSearchFilter,
			String bindDn, String bindPassword, String adminGroup) {

		boolean administratorsByGroup() {
			return adminGroup != null && !adminGroup.isBlank();
		}

	}

	enum MatchBy {

		ID, EMAIL, EMPLOYEE_NUMBER

	}

}
