package dk.aarshjul.organisation;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the configured organisation file at every start; everything else builds on it. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrganisationStartup implements ApplicationRunner {

	private final OrganisationLoader loader;

	OrganisationStartup(OrganisationLoader loader) {
		this.loader = loader;
	}

	@Override
	public void run(ApplicationArguments args) {
		loader.loadConfiguredFile();
	}

}
