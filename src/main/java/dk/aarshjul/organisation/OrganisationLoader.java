package dk.aarshjul.organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads an organisation file into our tables and Camunda's identity service. The whole file is
 * read and checked before anything is written, and everything is written in one transaction:
 * a broken file leaves the organisation exactly as it was.
 */
@Service
public class OrganisationLoader {

	private static final Logger log = LoggerFactory.getLogger(OrganisationLoader.class);

	private final OrganisationTables tables;

	private final IdentitySynchronizer identity;

	private final OrganisationProperties properties;

	private final ApplicationEventPublisher events;

	OrganisationLoader(OrganisationTables tables, IdentitySynchronizer identity, OrganisationProperties properties,
			ApplicationEventPublisher events) {
		this.tables = tables;
		this.identity = identity;
		this.properties = properties;
		this.events = events;
	}

	/** The result of one load: whether our tables changed, and what changed in Camunda. */
	public record LoadResult(boolean tablesChanged, IdentitySyncReport identity) {

		public boolean changedNothing() {
			return !tablesChanged && identity.changedNothing();
		}

	}

	@Transactional
	public LoadResult load(Resource file) {
		OrganisationDefinition organisation = OrganisationFileParser.parse(file);
		OrganisationValidator.validate(organisation, file.getDescription());
		boolean tablesChanged = tables.replaceWith(organisation);
		IdentitySyncReport report = identity.synchronise(organisation, properties.initialPassword());
		events.publishEvent(new OrganisationLoaded(organisation));
		log.info("Organisation '{}' loaded from {}: tables changed: {}, identity: {}", organisation.municipality(),
				file.getDescription(), tablesChanged, report);
		return new LoadResult(tablesChanged, report);
	}

	@Transactional
	public LoadResult loadConfiguredFile() {
		return load(properties.file());
	}

}
