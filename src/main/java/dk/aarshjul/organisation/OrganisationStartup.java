package dk.aarshjul.organisation;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Loads the configured organisation file at every start; everything else builds on it. It runs
 * once every bean exists and before the web server opens its port, so that no request is ever
 * answered with the users, groups, grants and filters of a file not yet loaded.
 */
@Component
class OrganisationStartup implements SmartInitializingSingleton {

	private final OrganisationLoader loader;

	OrganisationStartup(OrganisationLoader loader) {
		this.loader = loader;
	}

	@Override
	public void afterSingletonsInstantiated() {
		loader.loadConfiguredFile();
	}

}
