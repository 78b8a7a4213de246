package dk.aarshjul.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The calendar feeds under {@code /kalender/**} (feed.FeedController): a calendar client has no
 * session and no password, the secret token in the address is the credential, checked by the
 * feed itself (an unknown or revoked one is a 404). Stateless, no cookie, GET only.
 */
@Configuration
class CalendarFeedSecurity {

	@Bean
	@Order(6)
	SecurityFilterChain calendarFeedChain(HttpSecurity http) throws Exception {
		http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/kalender/**"))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(org.springframework.http.HttpMethod.GET, "/kalender/**"))
				.permitAll()
				.anyRequest()
				.denyAll())
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.csrf(AbstractHttpConfigurer::disable)
			.headers(headers -> headers.cacheControl(cache -> cache.disable())
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
		return http.build();
	}

}
