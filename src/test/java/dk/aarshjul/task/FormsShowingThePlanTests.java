package dk.aarshjul.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The plan's summary is made for the tasks whose Camunda Form shows it, read from the forms. */
class FormsShowingThePlanTests {

	private final FormsShowingThePlan forms = new FormsShowingThePlan(new ObjectMapper());

	@Test
	void decisionsOnThePlanShowItsSummaryAndHeading() {
		assertThat(forms.showsSummary("decideOnPlan")).isTrue();
		assertThat(forms.showsSummary("commentDraft")).isTrue();
		assertThat(forms.showsSummary("noteStatus")).isTrue();
		assertThat(forms.showsHeading("decideOnPlan")).isTrue();
	}

	@Test
	void aUnitPlansReviewerSeesThePlanBesideItButTheLocalMedDiscussionDoesNot() {
		assertThat(forms.showsSummary("reviewUnitPlan")).isTrue();
		assertThat(forms.showsSummary("answerStatement")).isTrue();
		assertThat(forms.showsSummary("discussUnitPlan")).isFalse();
		assertThat(forms.showsHeading("reviewUnitPlan")).isTrue();
	}

	@Test
	void embeddedFormsAndUnknownFormsGetNeither() {
		assertThat(forms.showsSummary((String) null)).isFalse();
		assertThat(forms.showsHeading((String) null)).isFalse();
		assertThat(forms.showsSummary("startCycle")).isFalse();
		assertThat(forms.showsSummary("noSuchForm")).isFalse();
	}

}
