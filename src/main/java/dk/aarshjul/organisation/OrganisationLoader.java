package dk.aarshjul.organisation;

import java.util.Optional;

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
	/**
	 * Loads the file {@code aarshjul.organisation.file} names. Only the demo profile names one by
	 * default (Demo Kommune); elsewhere an operator names the municipality's own, and without one the
	 * organisation stays as the database has it — nothing is loaded, nothing is removed.
	 *
	 * @return what the load changed, or empty when no file is configured
	 */
	public Optional<LoadResult> loadConfiguredFile() {
		if (properties.file() == null) {
			log.warn("No organisation file is configured (aarshjul.organisation.file / AARSHJUL_ORGANISATION_FILE): "
					+ "no units, bodies or people were loaded. / Ingen organisationsfil er angivet: "
					+ "ingen enheder, udvalg eller personer er indlæst. See docs/production-start.md.");
			return Optional.empty();
		}
		return Optional.of(load(properties.file()));
	}

}
