package dk.aarshjul.system;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Addresses that exist only in tests and fail on purpose, so that the Danish pages for a server
 * error (error/500.html) and for the other 5xx answers (error/5xx.html) can be opened in a browser
 * and checked like any other page.
 */
@Controller
public class FailingPages {

	/** An unexpected exception: 500. */
	public static final String INTERNAL_ERROR = "/test/fejl";

	/** A service that is down for a while: 503, shown by the 5xx page. */
	public static final String UNAVAILABLE = "/test/utilgaengelig";

	@GetMapping(INTERNAL_ERROR)
	String fails() {
		throw new IllegalStateException("A test page that fails on purpose");
	}

	@GetMapping(UNAVAILABLE)
	String unavailable() {
		throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
	}

}
