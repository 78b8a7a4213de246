package dk.aarshjul.security;

import java.util.Map;

import dk.aarshjul.consultation.MedConsultationProcess;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.system.H2Test;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Script typed into a text field is kept as the text it is and never becomes markup: not on the
 * overview (nor in its SVG wheel), not on the plan page, not in the PDF.
 */
@H2Test
class EscapingTests {

	private static final String SCRIPT = "<script>alert('årshjul')</script>";

	@Autowired
	MockMvc mvc;

	@Autowired
	CycleDriver cycle;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	StrategyPlanRepository plans;

	@Test
	void scriptInAPlanTitleAndAStatementIsShownAsTextEverywhere() throws Exception {
		PlanDocument demo = transfer.export(plans.findByCodeAndYear("DEMO-STRATEGI", 2017).orElseThrow().getId());
		transfer.importDocument(new PlanDocument("SCRIPT-PLAN", demo.municipality(), SCRIPT + " Plan",
				demo.introduction(), 2076, demo.kind(), demo.periodFrom(), demo.periodTo(), demo.focusAreas()));
		cycle.start("olivia", CycleDriver.calendar("SCRIPT-PLAN", 2076));
		cycle.draftReady("SCRIPT-PLAN-2076");
		cycle.complete("rikke", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, "SCRIPT-PLAN-2076",
				MedConsultationProcess.Variables.STATEMENT.with(SCRIPT));

		String overview = page("/oversigt?year=2076");
		String planPage = page("/aarshjul/SCRIPT-PLAN-2076");
		for (String html : new String[] { overview, planPage }) {
			assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
		}
		byte[] pdf = mvc.perform(get("/aarshjul/SCRIPT-PLAN-2076/dagsorden.pdf").with(httpBasic("olivia", "demo")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).as("shown as the text it is").contains(SCRIPT);
		}
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(httpBasic("olivia", "demo"))).andReturn().getResponse().getContentAsString();
	}

}
