package dk.aarshjul.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps two releases off one database. A newer release migrates the running cycles to its models
 * while an older node would go on serving them with its own, so a start refuses, in Danish, while
 * a node of another release has been seen within {@link #ALIVE}. Each node says it is alive every
 * minute and leaves when it stops; a node that died is forgotten after {@link #ALIVE}.
 * Release 1.0.0 wrote no such row: stopping its nodes before the upgrade is the operator's part
 * (docs/upgrade.md).
 */
@Component
class ReleaseNodes {

	static final Duration ALIVE = Duration.ofMinutes(3);

	private static final Logger log = LoggerFactory.getLogger(ReleaseNodes.class);

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private static final DateTimeFormatter DANISH_TIME = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm", DANISH)
		.withZone(ZoneId.of("Europe/Copenhagen"));

	private final JdbcTemplate jdbc;

	private final ThisNode node;

	private final String release;

	private final MessageSource messages;

	private final Clock clock;

	/** H2: a database on one machine's disk, for one node (docs/nodes.md). */
	private final boolean oneNodeOnly;

	@Autowired
	ReleaseNodes(JdbcTemplate jdbc, ThisNode node, MessageSource messages) {
		this(jdbc, node, thisRelease(), messages, Clock.systemUTC(), isH2(jdbc));
	}

	ReleaseNodes(JdbcTemplate jdbc, ThisNode node, String release, MessageSource messages, Clock clock,
			boolean oneNodeOnly) {
		this.oneNodeOnly = oneNodeOnly;
		this.jdbc = jdbc;
		this.node = node;
		this.release = release == null || release.isBlank() ? "ukendt" : release;
		this.messages = messages;
		this.clock = clock;
	}

	/** The pom's version, written into release.properties by the build. */
	static String thisRelease() {
		Properties release = new Properties();
		try (InputStream in = new ClassPathResource("release.properties").getInputStream()) {
			release.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("release.properties is missing from the build", ex);
		}
		return release.getProperty("version");
	}

	record OtherNode(String name, String release, Instant lastSeen) {
	}

	/** Refuses to start while a node of another release is alive; otherwise says this node is here. */
	void join() {
		Instant now = clock.instant();
		List<OtherNode> others = jdbc.query("""
				select node_name, release_version, last_seen from release_node
				where node_name <> ? and release_version <> ? and last_seen > ?""",
				(row, number) -> new OtherNode(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant()),
				node.id(), release, Timestamp.from(now.minus(ALIVE)));
		if (!others.isEmpty()) {
			OtherNode other = others.get(0);
			throw new IllegalStateException(messages.getMessage("release.otherReleaseRunning",
					new Object[] { release, other.name(), other.release(), DANISH_TIME.format(other.lastSeen()),
							ALIVE.toMinutes() },
					DANISH));
		}
		if (oneNodeOnly) {
			refuseASecondNode(now);
		}
		seen(now, true);
		log.info("Node {} runs release {}", node.id(), release);
	}

	/** On H2 (a server or AUTO_SERVER file shared by two JVMs), a second live node is refused. */
	private void refuseASecondNode(Instant now) {
		List<OtherNode> others = jdbc.query("""
				select node_name, release_version, last_seen from release_node
				where node_name <> ? and last_seen > ?""",
				(row, number) -> new OtherNode(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant()),
				node.id(), Timestamp.from(now.minus(ALIVE)));
		if (!others.isEmpty()) {
			OtherNode other = others.get(0);
			throw new IllegalStateException(messages.getMessage("release.h2OneNodeOnly",
					new Object[] { other.name(), DANISH_TIME.format(other.lastSeen()), ALIVE.toMinutes() }, DANISH));
		}
	}

	private static boolean isH2(JdbcTemplate jdbc) {
		String product = jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData()
			.getDatabaseProductName());
		return "H2".equalsIgnoreCase(product);
	}

	boolean oneNodeOnly() {
		return oneNodeOnly;
	}

	@Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
	void alive() {
		seen(clock.instant(), false);
	}

	@PreDestroy
	void leave() {
		try {
			jdbc.update("delete from release_node where node_name = ?", node.id());
		}
		catch (RuntimeException ex) {
			// the database may already be gone; the row is forgotten after ALIVE anyway
			log.debug("Could not remove node {} from release_node", node.id(), ex);
		}
	}

	private void seen(Instant now, boolean starting) {
		Timestamp at = Timestamp.from(now);
		int updated = starting
				? jdbc.update("update release_node set release_version = ?, started_at = ?, last_seen = ? where node_name = ?",
						release, at, at, node.id())
				: jdbc.update("update release_node set last_seen = ? where node_name = ?", at, node.id());
		if (updated == 0) {
			jdbc.update("insert into release_node (node_name, release_version, started_at, last_seen) values (?, ?, ?, ?)",
					node.id(), release, at, at);
		}
	}

}
