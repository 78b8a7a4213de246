package dk.aarshjul.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator account. It has no default password: outside the demo profile it exists
 * only when AARSHJUL_ADMIN_PASSWORD is set.
 */
@ConfigurationProperties("aarshjul.admin")
record AdminProperties(String userId, String password) {

	boolean configured() {
		return userId != null && !userId.isBlank() && password != null && !password.isBlank();
	}

}
