package dk.aarshjul.release;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Migrates at every start, once the engine has deployed the models and before the web server
 * opens its port, so that nobody opens a task of a cycle while it is being moved. A migration that
 * fails as a whole leaves every cycle on its version, where it goes on running: the start goes on.
 */
@Component
class ReleaseMigrationStartup implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ReleaseMigrationStartup.class);

	private final ReleaseMigration migration;

	private final ReleaseNodes nodes;

	ReleaseMigrationStartup(ReleaseMigration migration, ReleaseNodes nodes) {
		this.migration = migration;
		this.nodes = nodes;
	}

	@Override
	public void afterSingletonsInstantiated() {
		// before anything is migrated: a node of another release must not be serving the same cycles
		nodes.join();
		try {
			migration.migrateToNewest();
		}
		catch (RuntimeException ex) {
			log.error("Release migration failed; the running instances stay on their versions", ex);
		}
	}

}
