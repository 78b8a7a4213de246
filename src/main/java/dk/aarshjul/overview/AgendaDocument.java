package dk.aarshjul.overview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import dk.aarshjul.organisation.ExecutiveBoard;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The approved plan with its translation matrix and traffic lights as a PDF for Økonomiudvalget's
 * agenda, from the Thymeleaf template {@code agenda.html}. Text comes in through Thymeleaf's
 * escaping, so nothing a user typed becomes markup in the document.
 */
@Component
class AgendaDocument {

	private final TemplateEngine templates;

	private final ExecutiveBoard board;

	AgendaDocument(TemplateEngine templates, ExecutiveBoard board) {
		this.templates = templates;
		this.board = board;
	}

	/** The responsible directors' names by user id, for the plan's focus areas. */
	Map<String, String> directorNames(CycleRecord.View view) {
		Map<String, String> names = new HashMap<>();
		view.focusAreas().forEach(area -> {
			if (area.getResponsibleDirector() != null) {
				names.put(area.getResponsibleDirector(), board.nameOf(area.getResponsibleDirector()));
			}
		});
		return names;
	}

	byte[] render(CycleRecord.View view) {
		Context context = new Context(Locale.forLanguageTag("da-DK"));
		context.setVariable("view", view);
		context.setVariable("directors", directorNames(view));
		String html = templates.process("agenda", context);
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
			builder.toStream(pdf);
			builder.run();
			return pdf.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
