package dk.aarshjul.cycle;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Completes a task as Tasklist does, through the engine REST API with the user's own password:
 * claim it, then {@code submit-form} with the form's values. Only the submit is measured: its
 * time and the SQL statements it sent.
 */
class RestTasks {

	/** How long the submit took, the statements it sent, and how much of its time they took to execute. */
	record Completion(long nanos, int statements, long sqlNanos) {
	}

	private final TestRestTemplate web;

	private final SqlRecorder sql;

	RestTasks(TestRestTemplate web, SqlRecorder sql) {
		this.web = web;
		this.sql = sql;
	}

	Completion complete(String user, String taskId, Map<String, Object> values) {
		TestRestTemplate as = web.withBasicAuth(user, "demo");
		ResponseEntity<String> claimed = as.exchange("/engine-rest/task/" + taskId + "/claim", HttpMethod.POST,
				json(Map.of("userId", user)), String.class);
		assertThat(claimed.getStatusCode()).as("claim %s: %s", taskId, claimed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
		HttpEntity<Map<String, Object>> form = json(Map.of("variables", variables(values)));
		sql.reset();
		long started = System.nanoTime();
		ResponseEntity<String> submitted = as.exchange("/engine-rest/task/" + taskId + "/submit-form", HttpMethod.POST,
				form, String.class);
		long nanos = System.nanoTime() - started;
		int statements = sql.count();
		long sqlNanos = sql.executingNanos();
		assertThat(submitted.getStatusCode()).as("submit %s: %s", taskId, submitted.getBody())
			.isIn(HttpStatus.NO_CONTENT, HttpStatus.OK);
		return new Completion(nanos, statements, sqlNanos);
	}

	static Map<String, Object> variables(Map<String, Object> values) {
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((name, value) -> {
			Map<String, Object> typed = new LinkedHashMap<>();
			if (value instanceof JsonValue json) {
				typed.put("value", json.getValue().toString());
				typed.put("type", "Json");
			}
			else if (value instanceof SpinJsonNode json) {
				typed.put("value", json.toString());
				typed.put("type", "Json");
			}
			else {
				typed.put("value", value);
				typed.put("type", value instanceof Boolean ? "Boolean"
						: value instanceof Integer ? "Integer" : value instanceof Long ? "Long" : "String");
			}
			variables.put(name, typed);
		});
		return variables;
	}

	static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}
