package dk.aarshjul.drafting;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.plan.PlanDocument.FocusAreaDocument;
import dk.aarshjul.task.FormData;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What SaveDraft refuses, and how: every problem at once, each naming its row and field in Danish. */
class DraftRowsTests {

	private final ObjectMapper json = new ObjectMapper();

	private final DraftRows rows = new DraftRows(new FormData(json, messages()), Set.of("karen", "mikkel")::contains,
			Map.of("olivia", "Olivia Berg")::get);

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private JsonNode tree(String text) throws Exception {
		return json.readTree(text);
	}

	@Test
	void everyProblemIsNamedAtOnceWithItsRowAndField() throws Exception {
		DraftRows.Read read = rows.read(tree("""
				[ { "title": "Trivsel", "responsibleDirector": "olivia",
				    "goals": [ { "description": "Mindre fravær", "dueDate": "31-12-2052" },
				               { "description": "", "target": "Højst 5 %%" } ] },
				  { "title": "", "strategy": "Noget", "goals": [] },
				  { "title": "%s", "goals": [ { "description": "Ok", "measure": "%s", "dueDate": "2052-02-30" } ] } ]
				""".formatted("t".repeat(301), "m".repeat(2001))));

		assertThat(read.problems()).containsExactly(
				"Indsatsområde 1: Olivia Berg er ikke medlem af direktionen. Vælg et medlem af direktionen som ansvarlig direktør.",
				"Indsatsområde 1, mål 1: Frist skal være en dato (dd.mm.åååå), ikke \"31-12-2052\".",
				"Indsatsområde 1, mål 2: Beskrivelse skal udfyldes.",
				"Indsatsområde 2: Titel skal udfyldes.",
				"Indsatsområde 3: Titel må højst være 300 tegn.",
				"Indsatsområde 3, mål 1: Måles ved må højst være 2000 tegn.",
				"Indsatsområde 3, mål 1: Frist skal være en dato (dd.mm.åååå), ikke \"2052-02-30\".");
	}

	@Test
	void rowsKeepTheirOrderEmptyRowsAreSkippedAndDatesAreReadAsTyped() throws Exception {
		DraftRows.Read read = rows.read(tree("""
				[ { "title": " Grøn omstilling ", "responsibleDirector": "mikkel",
				    "goals": [ { "description": "Færre km", "dueDate": "30.6.2052" }, { "description": " " } ] },
				  { "title": "", "strategy": "", "specialForYear": "", "goals": [] },
				  { "title": "Trivsel", "responsibleDirector": "",
				    "goals": [ { "description": "Mindre fravær", "measure": "Fravær", "target": "5 %", "dueDate": "2052-12-31" } ] } ]
				"""));

		assertThat(read.problems()).isEmpty();
		assertThat(read.focusAreas()).extracting(FocusAreaDocument::title).containsExactly("Grøn omstilling", "Trivsel");
		assertThat(read.focusAreas()).extracting(FocusAreaDocument::responsibleDirector).containsExactly("mikkel", null);
		assertThat(read.focusAreas().get(0).goals()).hasSize(1);
		assertThat(read.focusAreas().get(0).goals().get(0).dueDate()).isEqualTo(LocalDate.of(2052, 6, 30));
		assertThat(read.focusAreas().get(1).goals().get(0).target()).isEqualTo("5 %");
	}

	@Test
	void aDraftWithoutFocusAreasOrWithTooManyIsRefused() throws Exception {
		assertThat(rows.read(tree("[ { \"title\": \"\" } ]")).problems()).containsExactly("Skriv mindst ét indsatsområde.");
		assertThat(rows.read(null).problems()).containsExactly("Skriv mindst ét indsatsområde.");
		StringBuilder thirteen = new StringBuilder("[");
		for (int i = 1; i <= 13; i++) {
			thirteen.append(i > 1 ? "," : "").append("{\"title\": \"Område ").append(i)
				.append("\", \"goals\": [{\"description\": \"a\"}, {\"description\": \"b\"}, {\"description\": \"c\"}, {\"description\": \"d\"}]}");
		}
		assertThat(rows.read(tree(thirteen.append("]").toString())).problems())
			.containsExactly("Planen kan højst have 12 indsatsområder.", "Planen kan højst have 40 mål i alt.");
		assertThat(rows.read(tree("{ \"title\": \"Ikke en liste\" }")).problems())
			.containsExactly("Formularens rækker kunne ikke læses. Genindlæs opgaven, og prøv igen.");
	}

}
