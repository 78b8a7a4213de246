package dk.aarshjul.security;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Camunda's "create the first administrator" setup — the page every webapp redirects to while
 * camunda-admin has no member, and the API behind it, which lets an anonymous caller make
 * themselves administrator — never answers, in any profile: the administrator comes from
 * configuration only ({@link AdminAccount}). Both answer 404, before Camunda's own filters see
 * the request. Paths are matched after decoding, so no spelling of the address slips past.
 */
@Configuration
class SetupPagesClosed {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain camundaSetupClosed(HttpSecurity http, CamundaBpmProperties camunda) throws Exception {
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		String webapps = camunda.getWebapp().getApplicationPath();
		HttpStatusEntryPoint notFound = new HttpStatusEntryPoint(HttpStatus.NOT_FOUND);
		http.securityMatcher(new OrRequestMatcher(
				// the setup API of the admin webapp: /api/admin/setup/{engine}/user/create
				path.matcher(webapps + "/api/admin/setup/**"),
				// the setup page, which any webapp serves: /app/{webapp}/{engine}/setup/
				path.matcher(webapps + "/app/*/*/setup/**")))
			.authorizeHttpRequests(requests -> requests.anyRequest().denyAll())
			.exceptionHandling(refusal -> refusal.authenticationEntryPoint(notFound)
				.accessDeniedHandler((request, response, denied) -> notFound.commence(request, response, null)))
			// nothing here is served, so there is nothing to protect with a token or to keep in a session
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

}
