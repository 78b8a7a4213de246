package dk.aarshjul.organisation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo organisation as the application loads it at start-up: our tables, Camunda's users,
 * groups and memberships, a second load that changes nothing, and broken files that change
 * nothing either. Runs on H2 and on PostgreSQL (see the subclasses).
 */
abstract class OrganisationLoadingTests {

	private static final Resource DEMO = new ClassPathResource("organisation/demo-kommune.yml");

	@Autowired
	OrganisationLoader loader;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void restoreDemoOrganisation() {
		loader.load(DEMO);
	}

	@Test
	void demoOrganisationIsInOurTables() {
		assertThat(count("org_unit")).isEqualTo(11);
		assertThat(count("org_person")).isEqualTo(22);
		assertThat(jdbc.queryForObject("select id from org_person where employee_number = '10002'", String.class))
			.isEqualTo("anders");
		assertThat(jdbc.queryForObject("select name from org_municipality", String.class)).isEqualTo("Demo Kommune");
		assertThat(jdbc.queryForObject("select parent_id from org_unit where id = 'skoler'", String.class))
			.isEqualTo("laering");
	}

	@Test
	void demoOrganisationIsInCamunda() {
		assertThat(members(CamundaGroups.EXECUTIVE_BOARD)).containsExactlyInAnyOrder("karen", "mikkel", "sofie");
		assertThat(members(CamundaGroups.MANAGEMENT_GROUP)).contains("karen", "anders", "martin", "nina")
			.doesNotContain("birgit", "olivia", "svend");
		assertThat(members(CamundaGroups.PROCESS_OWNERS)).containsExactly("olivia");
		assertThat(members(CamundaGroups.unitChief("laering"))).containsExactly("anders");
		assertThat(members(CamundaGroups.unitChief("skoler"))).containsExactly("birgit");
		assertThat(members(CamundaGroups.unitLeaders("sundhed"))).containsExactlyInAnyOrder("frida", "gustav");
		assertThat(members("hovedudvalg")).containsExactlyInAnyOrder("karen", "peter", "rikke");
		assertThat(members("byraad")).containsExactlyInAnyOrder("svend", "tove", "ulrik");
		assertThat(members("med-laering")).containsExactlyInAnyOrder("anders", "rikke");

		User anders = identity.createUserQuery().userId("anders").singleResult();
		assertThat(anders.getFirstName()).isEqualTo("Anders");
		assertThat(anders.getLastName()).isEqualTo("Holm");
		assertThat(anders.getEmail()).isEqualTo("anders@demo-kommune.dk");
	}

	@Test
	void everyDemoUserCanSignIn() {
		List<String> people = jdbc.queryForList("select id from org_person", String.class);

		assertThat(people).hasSize(22).allSatisfy(user -> assertThat(identity.checkPassword(user, "demo")).isTrue());
	}

	@Test
	void secondLoadChangesNothing() {
		OrganisationLoader.LoadResult second = loader.load(DEMO);

		assertThat(second.changedNothing()).as("second load: %s", second).isTrue();
	}

	@Test
	void removedLeaderLosesMemberships() {
		String withoutGustav = demoText().replaceAll("(?m)^.*id: gustav.*\\R", "");

		OrganisationLoader.LoadResult result = loader.load(resource(withoutGustav));

		assertThat(result.identity().membershipsRemoved()).isEqualTo(1);
		assertThat(identity.createGroupQuery().groupMember("gustav").count()).isZero();
		assertThat(count("org_person")).isEqualTo(21);
	}

	@Test
	void brokenFilesLeaveEverythingAsItWas() {
		Map<String, String> broken = Map.of("unknown parent", demoText().replace("parent: laering", "parent: skolevaesen"),
				"duplicate id", demoText().replace("id: dagtilbud", "id: skoler"),
				"leader without unit", demoText().replace("unit: sundhed,  level: leder-af-ledere", "level: leder-af-ledere"));
		String before = snapshot();

		broken.forEach((problem, text) -> {
			assertThat(text).as(problem).isNotEqualTo(demoText());
			assertThatThrownBy(() -> loader.load(resource(text))).as(problem)
				.isInstanceOf(OrganisationFileException.class)
				.hasMessageContaining("Linje ");
			assertThat(snapshot()).as(problem).isEqualTo(before);
		});
	}

	private String snapshot() {
		return jdbc.queryForList("select * from org_unit order by id").toString()
				+ jdbc.queryForList("select * from org_person order by id")
				+ jdbc.queryForList("select * from org_body_member order by body_id, person_id")
				+ jdbc.queryForList("select USER_ID_, GROUP_ID_ from ACT_ID_MEMBERSHIP order by USER_ID_, GROUP_ID_")
				+ jdbc.queryForList("select ID_, NAME_ from ACT_ID_GROUP order by ID_");
	}

	private List<String> members(String groupId) {
		return identity.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList();
	}

	private int count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	private static String demoText() {
		try {
			return DEMO.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static Resource resource(String text) {
		return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), "test organisation file");
	}

}
