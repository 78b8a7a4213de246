package dk.aarshjul.overview;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The overview's links, built as plain strings. A Thymeleaf {@code @{…}} link goes through
 * {@code response.encodeURL}, and because springdoc's Swagger UI brings webjars-locator-lite,
 * Spring Boot turns the resource chain on and with it ResourceUrlEncodingFilter, which looks every
 * such URL up as a static resource on the classpath: a few per row made the page cost grow with
 * its rows. These links need no encoding by the container (no URL session ids, no versioned
 * resources), so they are put together here, once per row.
 */
public final class OverviewLinks {

	private final String contextPath;

	private final int size;

	OverviewLinks(String contextPath, int size) {
		this.contextPath = contextPath;
		this.size = size;
	}

	public String plan(OverviewRow row) {
		return contextPath + "/aarshjul/" + UriUtils.encodePathSegment(row.businessKey(), StandardCharsets.UTF_8);
	}

	public String task(OverviewRow.OpenTask task) {
		return contextPath + "/camunda/app/tasklist/default/#/?task=" + task.id();
	}

	public String cockpit(OverviewRow row) {
		return contextPath + "/camunda/app/cockpit/default/#/process-instance/" + row.processInstanceId() + "/runtime";
	}

	/** The overview with the same filters on another page. */
	public String page(OverviewFilter filter, int page) {
		UriComponentsBuilder uri = query(contextPath + "/oversigt", filter);
		if (size != OverviewController.PAGE_SIZE) {
			uri.queryParam("size", size);
		}
		return uri.queryParam("page", page).toUriString();
	}

	/** The whole list, filtered alike, as CSV or JSON. */
	public String export(OverviewFilter filter, String path) {
		return query(contextPath + path, filter).toUriString();
	}

	private static UriComponentsBuilder query(String path, OverviewFilter filter) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		if (filter.year() != null) {
			uri.queryParam("year", filter.year());
		}
		if (filter.phase() != null && !filter.phase().isBlank()) {
			uri.queryParam("phase", filter.phase());
		}
		if (filter.unit() != null && !filter.unit().isBlank()) {
			uri.queryParam("unit", filter.unit());
		}
		if (filter.offTrack()) {
			uri.queryParam("offTrack", true);
		}
		return uri;
	}

}
