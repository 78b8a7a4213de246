package dk.aarshjul.notification;

import java.time.Clock;
import java.time.LocalDate;

import dk.aarshjul.system.H2Test;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A leader going on leave names a deputy, saved for real and behind Årshjul's sign-in and CSRF check.
 * Each refusal in Danish: {@link AbsencePageSliceTests}.
 */
@H2Test
class AbsencePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PersonAbsenceRepository absences;

	/** The application's clock: "today" is the one the page checks against, also when a test moved it. */
	@Autowired
	Clock clock;

	@AfterEach
	void noOneIsAway() {
		absences.deleteAll();
	}

	@Test
	void leaderRegistersLeaveWithADeputyAndComesBack() throws Exception {
		LocalDate first = LocalDate.now(clock).plusDays(1);
		save("dorthe", "emil", first.toString(), first.plusDays(14).toString())
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/fravaer"));

		PersonAbsence leave = absences.findById("dorthe").orElseThrow();
		assertThat(leave.getDeputyId()).isEqualTo("emil");
		assertThat(leave.covers(first.plusDays(14))).isTrue();
		assertThat(leave.covers(first.plusDays(15))).isFalse();
		mvc.perform(get("/fravaer").with(user("dorthe")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + first + "\"")))
			.andExpect(content().string(containsString("Jeg er tilbage")));

		mvc.perform(post("/fravaer/slet").with(user("dorthe")).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(absences.findById("dorthe")).isEmpty();
	}

	@Test
	void leaveNeedsSignInAndACsrfToken() throws Exception {
		mvc.perform(get("/fravaer").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("http://localhost/login"));
		mvc.perform(post("/fravaer").with(user("dorthe")).param("deputyId", "emil")
			.param("firstDay", "2030-01-01").param("lastDay", "2030-01-02"))
			.andExpect(redirectedUrl("/login?expired"));
		assertThat(absences.count()).isZero();
	}

	private ResultActions save(String user, String deputy, String firstDay, String lastDay) throws Exception {
		return mvc.perform(post("/fravaer").with(user(user)).with(csrf())
			.param("deputyId", deputy)
			.param("firstDay", firstDay)
			.param("lastDay", lastDay));
	}

}
