package dk.aarshjul.system;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dk.aarshjul.plan.StrategyPlanRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that streams its body in chunks announces no length. The API still refuses more than
 * 512 kB (without reading on), and still reads a small chunked body as if its length were known.
 */
@H2Test
class ChunkedRequestTests {

	@LocalServerPort
	int port;

	@Autowired
	StrategyPlanRepository plans;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aChunkedBodyOverTheLimitIsRefusedInDanish() throws Exception {
		long before = plans.count();
		String huge = "{\"title\": \"" + "a".repeat(600 * 1024) + "\"}";

		HttpResponse<String> answer = postChunked("/api/plans", huge);

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("Forespørgslen er for stor; den må højst fylde 512 kB.");
		assertThat(plans.count()).isEqualTo(before);
	}

	@Test
	void aSmallChunkedBodyIsReadAsUsual() throws Exception {
		HttpResponse<String> answer = postChunked("/api/cycles/DEMO-STRATEGI-1999/calendar-changes",
				"{\"field\": \"draftingDeadline\", \"date\": \"2063-01-10\", \"reason\": \"Mødet er flyttet.\"}");

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
		assertThat(answer.body()).as("read to the end: the refusal is about the cycle, not the body")
			.contains("Der findes intet årshjul med nøglen DEMO-STRATEGI-1999.");
	}

	private HttpResponse<String> postChunked(String path, String body) throws Exception {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("olivia:demo".getBytes(StandardCharsets.UTF_8)))
			// a stream of unknown length goes out with Transfer-Encoding: chunked
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
