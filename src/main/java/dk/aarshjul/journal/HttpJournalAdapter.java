package dk.aarshjul.journal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * POSTs an entry to an integration platform as {@code multipart/form-data}: part {@code metadata}
 * (the JSON) and part {@code document} (the PDF), with the bearer token and an
 * {@code Idempotency-Key} (the entry's id) so the receiver can drop a repeated delivery. A 2xx
 * answer is a delivery; its reference is {@code reference} in a JSON body, else the
 * {@code Location} header. Anything else, or no answer at all, fails the job with a message naming
 * the receiver (what Cockpit's incident shows), and the job is retried.
 */
class HttpJournalAdapter implements JournalAdapter {

	private final JournalProperties.Http settings;

	private final HttpClient client;

	private final ObjectMapper json;

	HttpJournalAdapter(JournalProperties.Http settings, ObjectMapper json) {
		if (settings.url() == null || settings.url().toString().isBlank()) {
			throw new IllegalStateException("aarshjul.journal.http.url must be set for adapter http");
		}
		this.settings = settings;
		this.json = json;
		this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
	}

	@Override
	public JournalAdapterKind kind() {
		return JournalAdapterKind.HTTP;
	}

	@Override
	public Optional<String> deliver(JournalPackage journalPackage) throws IOException, InterruptedException {
		String boundary = "aarshjul-" + UUID.randomUUID();
		HttpRequest.Builder request = HttpRequest.newBuilder(settings.url())
			.timeout(settings.timeout())
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Idempotency-Key", journalPackage.entry().getUuid())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body(boundary, journalPackage)));
		if (settings.token() != null && !settings.token().isBlank()) {
			request.header("Authorization", "Bearer " + settings.token());
		}
		HttpResponse<String> response;
		try {
			response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			// a refused connection carries no message: Cockpit's incident would just say "null"
			throw new IOException("The case system at " + settings.url() + " could not be reached for journal entry "
					+ journalPackage.entry().getId() + ": " + ex.getClass().getSimpleName()
					+ (ex.getMessage() == null ? "" : " " + ex.getMessage()), ex);
		}
		if (response.statusCode() / 100 != 2) {
			throw new IOException("The case system answered " + response.statusCode() + " for journal entry "
					+ journalPackage.entry().getId() + ": " + abbreviated(response.body()));
		}
		return reference(response);
	}

	private Optional<String> reference(HttpResponse<String> response) {
		String body = response.body();
		if (body != null && !body.isBlank()
				&& response.headers().firstValue("Content-Type").orElse("").contains("json")) {
			try {
				JsonNode reference = json.readTree(body).path("reference");
				if (reference.isTextual() && !reference.asText().isBlank()) {
					return Optional.of(reference.asText());
				}
			}
			catch (IOException ex) {
				// not JSON after all: the Location header may still name it
			}
		}
		return response.headers().firstValue("Location").map(location -> URI.create(location).toString());
	}

	private static byte[] body(String boundary, JournalPackage journalPackage) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		part(body, boundary, "metadata", "metadata.json", "application/json", journalPackage.metadataJson());
		part(body, boundary, "document", journalPackage.entry().getFileName(), "application/pdf", journalPackage.pdf());
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return body.toByteArray();
	}

	private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName, String type,
			byte[] content) throws IOException {
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
	}

	private static String abbreviated(String text) {
		return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
	}

	@Override
	public String destination() {
		return settings.url().toString();
	}

}
