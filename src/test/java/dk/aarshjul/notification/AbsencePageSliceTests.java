package dk.aarshjul.notification;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.aarshjul.organisation.Person;
import dk.aarshjul.organisation.PersonRepository;
import dk.aarshjul.system.ControllerSlice;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The absence page ({@code /fravaer}) alone: each refusal in Danish beside its field with nothing
 * saved, and an accepted absence saved as typed. Today is the slice's fixed day, 2 March 2026.
 * Saving for real and what a deputy then gets: {@code AbsencePageTests}, {@code DeadlineMailTests}.
 */
@ControllerSlice(AbsenceController.class)
class AbsencePageSliceTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PersonAbsenceRepository absences;

	@MockitoBean
	PersonRepository people;

	@BeforeEach
	void dortheAndEmil() {
		List<Person> everyone = List.of(person("dorthe", "Dorthe Holm"), person("emil", "Emil Berg"));
		when(people.findAll()).thenReturn(everyone);
		when(people.existsById("dorthe")).thenReturn(true);
		when(people.existsById("emil")).thenReturn(true);
		when(absences.findById(any())).thenReturn(Optional.empty());
	}

	@Test
	void anAbsenceIsSavedAsTyped() throws Exception {
		save("emil", "2026-03-02", "2026-03-16").andExpect(redirectedUrl("/fravaer"))
			.andExpect(flash().attribute("saved", true));

		ArgumentCaptor<PersonAbsence> saved = ArgumentCaptor.forClass(PersonAbsence.class);
		verify(absences).save(saved.capture());
		assertThat(saved.getValue().getPersonId()).isEqualTo("dorthe");
		assertThat(saved.getValue().getDeputyId()).isEqualTo("emil");
		assertThat(saved.getValue().getFirstDay()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(saved.getValue().getLastDay()).isEqualTo(LocalDate.of(2026, 3, 16));
	}

	@Test
	void badLeaveIsRefusedInDanishBesideItsFieldAndNothingIsSaved() throws Exception {
		refused(save("dorthe", "2026-03-02", "2026-03-02"), "deputyId",
				"Vælg en stedfortræder fra listen; du kan ikke være din egen stedfortræder.");
		refused(save("nobody", "2026-03-02", "2026-03-02"), "deputyId", "Vælg en stedfortræder fra listen");
		refused(save("emil", "2026-03-02", "2026-03-01"), "lastDay", "Sidste fraværsdag må ikke ligge før den første.");
		refused(save("emil", "2026-02-20", "2026-03-01"), "lastDay", "Sidste fraværsdag er allerede passeret.");
		refused(save("emil", "i morgen", "2026-03-02"), "firstDay", "Skriv datoen som ÅÅÅÅ-MM-DD.");
		refused(save("emil", "2026-03-02", "2027-03-04"), "lastDay", "Et fravær kan højst vare et år ad gangen.");
		refused(save("emil", "", ""), "firstDay", "Angiv første fraværsdag.")
			.andExpect(content().string(containsString("Angiv sidste fraværsdag.")))
			.andExpect(content().string(containsString("Fraværet er ikke gemt.")));

		verify(absences, never()).save(any());
	}

	private ResultActions save(String deputy, String firstDay, String lastDay) throws Exception {
		return mvc.perform(post("/fravaer").with(user("dorthe")).with(csrf())
			.param("deputyId", deputy)
			.param("firstDay", firstDay)
			.param("lastDay", lastDay));
	}

	private static ResultActions refused(ResultActions answer, String field, String message) throws Exception {
		answer.andExpect(status().isUnprocessableEntity());
		Document page = Jsoup.parse(answer.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.getElementById(field + "-error")).as("the message beside " + field).isNotNull()
			.extracting(Element::text).asString().contains(message);
		return answer;
	}

	private static Person person(String id, String name) {
		Person person = mock(Person.class);
		when(person.getId()).thenReturn(id);
		when(person.getName()).thenReturn(name);
		return person;
	}

}
