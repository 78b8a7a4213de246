package dk.aarshjul.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * @param file the organisation file loaded at start-up
 * @param initialPassword password given to users created from the file; set only by the demo
 * profile, so that in production nobody has a password until an administrator or a directory
 * service gives them one
 */
@ConfigurationProperties("aarshjul.organisation")
public record OrganisationProperties(Resource file, String initialPassword) {
}
