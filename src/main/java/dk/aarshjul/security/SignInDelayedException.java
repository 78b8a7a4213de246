package dk.aarshjul.security;

import org.springframework.security.authentication.LockedException;

/**
 * {@link SignInThrottle} delays the next sign-in after a wrong password and, while it does, refuses
 * even the right one; this tells the person how long to wait instead of "wrong password".
 */
class SignInDelayedException extends LockedException {

	private final long seconds;

	SignInDelayedException(long seconds) {
		super("Sign-in delayed for " + seconds + " s after a wrong password");
		this.seconds = seconds;
	}

	long seconds() {
		return seconds;
	}

}
