package dk.aarshjul.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.text.PDFTextStripper;

/** PDFBox preflight's verdict on a PDF (PDF/A-1b), and the text a reader sees in it. */
final class JournalPdfA {

	private JournalPdfA() {
	}

	/** Preflight's errors, as "code: details"; empty for a valid PDF/A-1b. */
	static List<String> errors(byte[] pdf) throws IOException {
		Path file = Files.createTempFile("journal-", ".pdf");
		try {
			Files.write(file, pdf);
			ValidationResult result = PreflightParser.validate(file.toFile());
			return result.isValid() ? List.of()
					: result.getErrorsList().stream().map(error -> error.getErrorCode() + ": " + error.getDetails())
						.toList();
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/** The text with every run of white space as one space: table cells wrap their lines. */
	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	static String title(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getDocumentInformation().getTitle();
		}
	}

}
