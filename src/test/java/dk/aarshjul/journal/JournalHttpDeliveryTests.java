package dk.aarshjul.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.aarshjul.approval.DecisionOutcome;
import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditEntryRepository;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.system.H2Test;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The http adapter against a real receiver on a local port: one multipart POST per entry with the
 * bearer token, the entry's metadata and its PDF, and the case system's reference kept; a receiver
 * that is down wears the delivery job's retries down to an incident, and retrying it once the
 * receiver is back delivers the entry exactly once.
 */
@H2Test
class JournalHttpDeliveryTests {

	private static final String KEY = "DEMO-STRATEGI-2059";

	private static final String TOKEN = "test-token-2059";

	private static final int PORT;

	private static Receiver receiver;

	static {
		receiver = Receiver.on(0);
		PORT = receiver.port();
	}

	@DynamicPropertySource
	static void httpAdapter(DynamicPropertyRegistry properties) {
		properties.add("aarshjul.journal.adapter", () -> "http");
		properties.add("aarshjul.journal.http.url", () -> "http://127.0.0.1:" + PORT + "/journal");
		properties.add("aarshjul.journal.http.token", () -> TOKEN);
		properties.add("aarshjul.journal.http.timeout", () -> "5s");
		properties.add("aarshjul.journal.retry-cycle", () -> "R3/PT1M");
	}

	@Autowired
	CycleDriver cycle;

	@Autowired
	JournalEntryRepository entries;

	@Autowired
	JournalDocumentFileRepository files;

	@Autowired
	StrategyCycleRepository cycles;

	@Autowired
	AuditEntryRepository audit;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	ObjectMapper json;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void realTime() {
		cycle.resetClock();
	}

	@AfterAll
	static void stopReceiver() {
		receiver.stop();
	}

	@Test
	void anEntryIsPostedOnceAndAReceiverThatIsDownEndsInAnIncidentWhoseRetryDeliversOnce() throws Exception {
		cycle.moveClockTo(LocalDate.of(2058, 12, 1));
		cycle.start("olivia", CycleDriver.calendar("DEMO-STRATEGI", 2059));
		cycle.throughConsultation(KEY);
		receiver.answerWithJsonReference("ESDH-2059-0001");
		cycle.runDueJobs();

		JournalEntry statement = only(JournalDocumentKind.MAIN_COMMITTEE_STATEMENT);
		assertThat(receiver.requests()).as("one POST for the statement").hasSize(1);
		Received posted = receiver.requests().get(0);
		assertThat(posted.method()).isEqualTo("POST");
		assertThat(posted.authorization()).isEqualTo("Bearer " + TOKEN);
		assertThat(posted.idempotencyKey()).isEqualTo(statement.getUuid());
		assertThat(posted.parts()).containsOnlyKeys("metadata", "document");
		assertThat(json.readTree(posted.parts().get("metadata")))
			.isEqualTo(json.readTree(json.writeValueAsBytes(JournalMetadata.of(statement))));
		assertThat(json.readTree(posted.parts().get("metadata")).path("sha256").asText())
			.isEqualTo(statement.getSha256());
		assertThat(posted.parts().get("document")).isEqualTo(files.findById(statement.getId()).orElseThrow().getPdf());
		assertThat(statement).extracting(JournalEntry::getStatus, JournalEntry::getAdapter, JournalEntry::getReference)
			.containsExactly(JournalStatus.DELIVERED, JournalAdapterKind.HTTP, "ESDH-2059-0001");
		assertThat(page()).contains("Journaliseret", statement.getTitle(), "ESDH-2059-0001", "leveret",
				"Sagssystemets modtager (HTTP)");

		// the receiver answers 503, then is gone altogether
		receiver.answerUnavailable();
		cycle.decide("svend", KEY, DecisionOutcome.APPROVED, null);
		JournalEntry decided = only(JournalDocumentKind.APPROVED_PLAN);
		// its PDF is rendered in a job of its own, which the case system being down does not touch
		management.executeJob(
				management.createJobQuery().processInstanceId(decided.getDeliveryInstanceId()).singleResult().getId());
		JournalEntry plan = only(JournalDocumentKind.APPROVED_PLAN);
		assertThat(plan.getSha256()).isNotNull();
		byte[] rendered = files.findById(plan.getId()).orElseThrow().getPdf();
		Job delivery = management.createJobQuery().processInstanceId(plan.getDeliveryInstanceId()).singleResult();
		assertThat(delivery.getRetries()).isEqualTo(3);
		assertThatThrownBy(() -> management.executeJob(delivery.getId())).hasStackTraceContaining("503");
		assertThat(retriesOf(delivery)).isEqualTo(2);
		assertThat(page()).contains(plan.getTitle(), "fejlet", "(prøves igen)");
		int posts = receiver.requests().size();
		receiver.stop();
		for (int attempt = 0; attempt < 2; attempt++) {
			assertThatThrownBy(() -> management.executeJob(delivery.getId())).isInstanceOf(RuntimeException.class);
		}
		assertThat(retriesOf(delivery)).as("no retries left").isZero();
		List<Incident> incidents = runtime.createIncidentQuery().processInstanceId(plan.getDeliveryInstanceId()).list();
		assertThat(incidents).extracting(Incident::getIncidentType, Incident::getConfiguration)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("failedJob", delivery.getId()));
		assertThat(incidents.get(0).getIncidentMessage()).as("Cockpit says what failed")
			.contains("http://127.0.0.1:" + PORT + "/journal", "could not be reached", "ConnectException");
		assertThat(entries.findById(plan.getId()).orElseThrow().getStatus()).isEqualTo(JournalStatus.PENDING);
		assertThat(page()).contains("fejlet", "(incident i Cockpit)");
		assertThat(deliveriesOf(plan)).isZero();

		// back on the same port; the reference only in the Location header this time
		receiver = Receiver.on(PORT);
		receiver.answerWithLocation("http://127.0.0.1:" + PORT + "/sager/2059-17");
		management.setJobRetries(delivery.getId(), 1);
		management.executeJob(delivery.getId());

		assertThat(receiver.requests()).as("exactly one delivery after the retry").hasSize(1);
		assertThat(posts).as("the 503 was answered once").isEqualTo(2);
		Received retried = receiver.requests().get(0);
		assertThat(retried.authorization()).isEqualTo("Bearer " + TOKEN);
		assertThat(retried.idempotencyKey()).isEqualTo(plan.getUuid());
		assertThat(json.readTree(retried.parts().get("metadata")))
			.isEqualTo(json.readTree(json.writeValueAsBytes(JournalMetadata.of(plan))));
		assertThat(retried.parts().get("document")).as("the PDF rendered before the failures, not a new one")
			.isEqualTo(rendered)
			.isEqualTo(files.findById(plan.getId()).orElseThrow().getPdf());
		JournalEntry delivered = entries.findById(plan.getId()).orElseThrow();
		assertThat(delivered).extracting(JournalEntry::getStatus, JournalEntry::getReference)
			.containsExactly(JournalStatus.DELIVERED, "http://127.0.0.1:" + PORT + "/sager/2059-17");
		assertThat(runtime.createIncidentQuery().processInstanceId(plan.getDeliveryInstanceId()).count()).isZero();
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(plan.getDeliveryInstanceId()).count())
			.as("the delivery instance ended")
			.isZero();
		assertThat(deliveriesOf(plan)).isEqualTo(1);
		assertThat(deliveriesOf(statement)).isEqualTo(1);
		assertThat(page()).contains("http://127.0.0.1:" + PORT + "/sager/2059-17").doesNotContain("fejlet");
	}

	private JournalEntry only(JournalDocumentKind kind) {
		List<JournalEntry> ofKind = entries.findByBusinessKeyOrderByProducedAtAscIdAsc(KEY).stream()
			.filter(entry -> entry.getKind() == kind)
			.toList();
		assertThat(ofKind).as("one %s", kind).hasSize(1);
		return ofKind.get(0);
	}

	private int retriesOf(Job job) {
		return management.createJobQuery().jobId(job.getId()).singleResult().getRetries();
	}

	private long deliveriesOf(JournalEntry entry) {
		return audit.findByCycleIdOrderByRecordedAtAscIdAsc(entry.getCycleId()).stream()
			.filter(recorded -> recorded.getAction() == AuditAction.JOURNAL_DELIVERED)
			.filter(recorded -> recorded.getSubject().equals(entry.getTitle()))
			.count();
	}

	private String page() throws Exception {
		return mvc.perform(get("/aarshjul/" + KEY).with(httpBasic("olivia", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** What the receiver got: the headers that matter and the multipart body by part name. */
	record Received(String method, String authorization, String idempotencyKey, Map<String, byte[]> parts) {
	}

	/** A case system's receiver on a local port, answering as told and keeping what it got. */
	static final class Receiver {

		private final HttpServer server;

		private final List<Received> requests = Collections.synchronizedList(new ArrayList<>());

		private volatile int status = 201;

		private volatile String contentType;

		private volatile String body = "";

		private volatile String location;

		private Receiver(HttpServer server) {
			this.server = server;
			server.createContext("/journal", this::handle);
			server.start();
		}

		static Receiver on(int port) {
			try {
				return new Receiver(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		int port() {
			return server.getAddress().getPort();
		}

		List<Received> requests() {
			return List.copyOf(requests);
		}

		void answerWithJsonReference(String reference) {
			answer(201, "application/json", "{\"reference\":\"" + reference + "\"}", null);
		}

		void answerWithLocation(String url) {
			answer(201, null, "", url);
		}

		void answerUnavailable() {
			answer(503, "text/plain", "Service Unavailable", null);
		}

		private void answer(int status, String contentType, String body, String location) {
			this.status = status;
			this.contentType = contentType;
			this.body = body;
			this.location = location;
		}

		void stop() {
			server.stop(0);
		}

		private void handle(HttpExchange exchange) throws IOException {
			byte[] content = exchange.getRequestBody().readAllBytes();
			requests.add(new Received(exchange.getRequestMethod(),
					exchange.getRequestHeaders().getFirst("Authorization"),
					exchange.getRequestHeaders().getFirst("Idempotency-Key"),
					parts(exchange.getRequestHeaders().getFirst("Content-Type"), content)));
			if (contentType != null) {
				exchange.getResponseHeaders().add("Content-Type", contentType);
			}
			if (location != null) {
				exchange.getResponseHeaders().add("Location", location);
			}
			byte[] answer = body.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
			if (answer.length > 0) {
				exchange.getResponseBody().write(answer);
			}
			exchange.close();
		}

		/** multipart/form-data split by its boundary; each part's name from its Content-Disposition. */
		private static Map<String, byte[]> parts(String contentType, byte[] content) {
			Map<String, byte[]> parts = new LinkedHashMap<>();
			if (contentType == null || !contentType.startsWith("multipart/form-data; boundary=")) {
				return parts;
			}
			String boundary = "--" + contentType.substring("multipart/form-data; boundary=".length());
			// ISO-8859-1 maps each byte to one char, so the PDF survives the split
			String text = new String(content, StandardCharsets.ISO_8859_1);
			String[] sections = text.split(java.util.regex.Pattern.quote(boundary));
			for (String section : sections) {
				if (section.isEmpty() || section.startsWith("--")) {
					continue;
				}
				int headersEnd = section.indexOf("\r\n\r\n");
				String headers = section.substring(0, headersEnd);
				String partBody = section.substring(headersEnd + 4, section.length() - 2);
				java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]*)\"").matcher(headers);
				if (name.find()) {
					parts.put(name.group(1), partBody.getBytes(StandardCharsets.ISO_8859_1));
				}
			}
			return parts;
		}

	}

}
