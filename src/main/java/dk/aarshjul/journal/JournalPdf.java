package dk.aarshjul.journal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import dk.aarshjul.calendar.WorkingTime;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A final document as PDF/A-1b, from the Thymeleaf template {@code journal-document.html}.
 * PDF/A-1b because it is what every Danish case system and archive takes, and the one level the
 * build can check (PDFBox preflight validates PDF/A-1 only): fonts embedded (DejaVu Sans, shipped
 * with Årshjul; a PDF's standard fonts would not be), an sRGB output intent, no transparency, and
 * the title and subject in the XMP metadata.
 */
@Component
class JournalPdf {

	static final String FONT = "Aarshjul Sans";

	private final TemplateEngine templates;

	private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	JournalPdf(TemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(FinalDocument document, String kle, Instant producedAt) {
		Context context = new Context(Locale.forLanguageTag("da-DK"));
		context.setVariable("doc", document);
		context.setVariable("kle", kle);
		context.setVariable("producedAt", producedAt.atZone(WorkingTime.ZONE));
		String html = templates.process("journal-document", context);
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfAConformance(PdfAConformance.PDFA_1_B);
			builder.useColorProfile(srgb);
			builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
			builder.withProducer("Årshjul");
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer(); PDDocument rendered = renderer.createPDFKeepOpen()) {
				// PDFBox 3 writes cross-reference streams by default, which PDF/A-1 (PDF 1.4) forbids
				rendered.save(pdf, CompressParameters.NO_COMPRESSION);
			}
			return pdf.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static java.io.InputStream font(String file) {
		return JournalPdf.class.getResourceAsStream("/journal/fonts/" + file);
	}

}
