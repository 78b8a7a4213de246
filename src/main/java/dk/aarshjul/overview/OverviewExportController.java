package dk.aarshjul.overview;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The whole overview for the process owner, as CSV (for a spreadsheet) or JSON: every running
 * cycle the viewer may see, with the page's filters, written to the response a chunk at a time as
 * it is read, so neither the list nor the document is ever held in memory.
 */
@RestController
class OverviewExportController {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private final PlanOverview overview;

	private final ViewerResolver viewers;

	private final ObjectMapper json;

	private final MessageSource messages;

	private final ZoneId zone;

	OverviewExportController(PlanOverview overview, ViewerResolver viewers, ObjectMapper json,
			MessageSource messages, Clock clock) {
		this.overview = overview;
		this.viewers = viewers;
		this.json = json;
		this.messages = messages;
		this.zone = clock.getZone();
	}

	@Operation(summary = "Hvor er planerne? Hele listen som JSON, i oversigtens rækkefølge")
	@GetMapping(value = "/api/overview/export", produces = MediaType.APPLICATION_JSON_VALUE)
	void json(@RequestParam(required = false) Integer year, @RequestParam(required = false) String phase,
			@RequestParam(required = false) String unit, @RequestParam(defaultValue = "false") boolean offTrack,
			Authentication user, HttpServletResponse response)
			throws IOException {
		Viewer viewer = viewers.of(user);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		attachment(response, "hvor-er-planerne.json");
		try (JsonGenerator out = json.getFactory().createGenerator(response.getOutputStream())) {
			out.writeStartArray();
			overview.forEachRow(viewer, new OverviewFilter(year, phase, unit, offTrack), row -> {
				try {
					out.writeObject(row);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			out.writeEndArray();
		}
	}

	@Operation(summary = "Hvor er planerne? Hele listen som CSV, i oversigtens rækkefølge")
	@GetMapping(value = "/api/overview/export.csv", produces = "text/csv")
	void csv(@RequestParam(required = false) Integer year, @RequestParam(required = false) String phase,
			@RequestParam(required = false) String unit, @RequestParam(defaultValue = "false") boolean offTrack,
			Authentication user, HttpServletResponse response)
			throws IOException {
		Viewer viewer = viewers.of(user);
		response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
		attachment(response, "hvor-er-planerne.csv");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		// the byte order mark tells Excel the file is UTF-8, so æ, ø and å survive
		out.write("\uFEFF");
		out.write(messages.getMessage("page.overview.csv.header", null, DANISH) + "\r\n");
		overview.forEachRow(viewer, new OverviewFilter(year, phase, unit, offTrack), row -> {
			try {
				out.write(line(row));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		out.flush();
	}

	private String line(OverviewRow row) {
		String tasks = row.tasks().stream()
			.map(task -> messages.getMessage("page.overview.csv.task", new Object[] { task.name(), task.heldBy(),
					task.due() == null ? "" : DATE.format(task.due().atZone(zone)) }, DANISH))
			.collect(Collectors.joining("; "));
		return String.join(",", List.of(cell(row.planCode()), cell(row.planTitle()), cell(String.valueOf(row.year())),
				cell(row.phaseName()), cell(String.valueOf(row.daysOverdue())),
				cell(row.nextDue() == null ? "" : DATE.format(row.nextDue().atZone(zone))), cell(tasks),
				cell(row.unitsTotal() == 0 ? "" : row.unitsDone() + "/" + row.unitsTotal()),
				cell(String.join("; ", row.missingUnits())), cell(row.businessKey()))) + "\r\n";
	}

	private static void attachment(HttpServletResponse response, String filename) {
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
	}

	/**
	 * One CSV field: quoted, quotes doubled, and a leading =, +, - or @ defused, so a spreadsheet
	 * never runs what somebody typed as a formula (plan titles are typed by people).
	 */
	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

}
