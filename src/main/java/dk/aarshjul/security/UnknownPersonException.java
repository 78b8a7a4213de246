package dk.aarshjul.security;

import org.springframework.security.core.AuthenticationException;

/** The identity provider or directory knows the person; the organisation file does not. */
class UnknownPersonException extends AuthenticationException {

	UnknownPersonException(String who) {
		super("Not in the organisation file: " + who);
	}

}
