package dk.aarshjul.publication;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public pages' settings: the municipality's accessibility statement, as the WAS-Tool
 * publishes it (https://www.was.digst.dk/&lt;the site's domain&gt;), linked from every public page.
 */
@ConfigurationProperties(prefix = "aarshjul.public")
public record PublicPageProperties(String accessibilityStatementUrl) {
}
