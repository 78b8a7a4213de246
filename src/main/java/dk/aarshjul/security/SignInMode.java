package dk.aarshjul.security;

/** How people sign in (aarshjul.sign-in.mode, AARSHJUL_SIGN_IN_MODE). */
enum SignInMode {

	/** Passwords in Camunda's identity service: the default, and the demo. */
	LOCAL,

	/** The municipality's identity provider, by OpenID Connect. */
	OIDC,

	/** A bind against the municipality's Active Directory (or another LDAP directory). */
	LDAP

}
