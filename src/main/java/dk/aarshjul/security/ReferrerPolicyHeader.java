package dk.aarshjul.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No address inside Årshjul reaches another site: a link out of a task or a plan sends no
 * {@code Referer}, which could carry a plan's or a task's id. On every response, whichever security
 * chain or Camunda webapp answers it, set first so that an error answer carries it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferrerPolicyHeader extends OncePerRequestFilter {

	static final String SAME_ORIGIN = "same-origin";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Referrer-Policy", SAME_ORIGIN);
		chain.doFilter(request, response);
	}

}
