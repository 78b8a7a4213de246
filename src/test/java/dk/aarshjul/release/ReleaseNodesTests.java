package dk.aarshjul.release;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import dk.aarshjul.system.H2Test;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two releases never run on one database: a start refuses, in Danish, while a node of another
 * release is alive, and goes on when that node stopped or died long enough ago. Nodes of the same
 * release start side by side on PostgreSQL; on H2, which is for one node, a second one is refused.
 */
@H2Test
class ReleaseNodesTests {

	private static final Instant NOW = Instant.parse("2031-03-04T09:00:00Z");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	ReleaseNodes nodes;

	@AfterEach
	void forgetTheNodesOfTheseTests() {
		jdbc.update("delete from release_node where node_name like 'proeve-%'");
	}

	@Test
	void thisBuildKnowsItsRelease() {
		assertThat(ReleaseNodes.thisRelease()).as("the pom's version, filled in by the build").matches("\\d+\\.\\d+\\.\\d+.*");
	}

	@Test
	void aStartRefusesWhileANodeOfAnotherReleaseIsAlive() {
		otherNode("proeve-gammel", "1.0.9", NOW.minus(Duration.ofMinutes(1)));

		assertThatThrownBy(() -> starting("proeve-ny", "1.1.0").join())
			.hasMessageContaining("Årshjul 1.1.0 starter ikke: noden proeve-gammel kører version 1.0.9 af Årshjul")
			.hasMessageContaining("4. marts 2031 kl. 09.59");
		assertThat(release("proeve-ny")).as("the refused node is not registered").isNull();
	}

	@Test
	void aNodeOfAnotherReleaseThatDiedIsForgotten() {
		otherNode("proeve-gammel", "1.0.9", NOW.minus(ReleaseNodes.ALIVE).minusSeconds(1));

		starting("proeve-ny", "1.1.0").join();

		assertThat(release("proeve-ny")).isEqualTo("1.1.0");
	}

	@Test
	void nodesOfOneReleaseStartSideBySideAndLeaveWhenTheyStop() {
		otherNode("proeve-foerste", "1.1.0", NOW.minusSeconds(10));

		ReleaseNodes second = starting("proeve-anden", "1.1.0");
		second.join();
		assertThat(release("proeve-anden")).isEqualTo("1.1.0");

		second.leave();
		assertThat(release("proeve-anden")).isNull();
	}

	@Test
	void onH2ASecondNodeIsRefusedInDanish() {
		assertThat(nodes.oneNodeOnly()).as("the tests' database is H2").isTrue();
		otherNode("proeve-foerste", "1.1.0", NOW.minusSeconds(10));

		assertThatThrownBy(() -> startingOnH2("proeve-anden", "1.1.0").join())
			.hasMessageContaining("Årshjul starter ikke: noden proeve-foerste kører allerede på samme H2-database")
			.hasMessageContaining("flere noder skal dele en PostgreSQL-database");
		assertThat(release("proeve-anden")).as("the refused node is not registered").isNull();
	}

	@Test
	void onH2ANodeStartsAgainAfterTheOtherOneDiedLongEnoughAgo() {
		otherNode("proeve-foerste", "1.1.0", NOW.minus(ReleaseNodes.ALIVE).minusSeconds(1));

		startingOnH2("proeve-anden", "1.1.0").join();

		assertThat(release("proeve-anden")).isEqualTo("1.1.0");
	}

	/** As on PostgreSQL, where nodes share the database. */
	private ReleaseNodes starting(String name, String release) {
		ThisNode named = new ThisNode(name);
		return new ReleaseNodes(jdbc, named, release, messages, Clock.fixed(NOW, ZoneOffset.UTC), false);
	}

	private ReleaseNodes startingOnH2(String name, String release) {
		ThisNode named = new ThisNode(name);
		return new ReleaseNodes(jdbc, named, release, messages, Clock.fixed(NOW, ZoneOffset.UTC), true);
	}

	private void otherNode(String name, String release, Instant lastSeen) {
		jdbc.update("insert into release_node (node_name, release_version, started_at, last_seen) values (?, ?, ?, ?)",
				name, release, Timestamp.from(lastSeen.minus(Duration.ofHours(1))), Timestamp.from(lastSeen));
	}

	private String release(String name) {
		return jdbc.query("select release_version from release_node where node_name = ?",
				rows -> rows.next() ? rows.getString(1) : null, name);
	}

}
