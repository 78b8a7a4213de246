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
 * The public pages ({@code /offentlig/**}, publication.PublicPages and its JSON): open to anyone,
 * stateless (no session, so no cookie of any kind: no JSESSIONID, no CSRF token; they take no
 * input), and embeddable in the municipality's website — the only place where framing is allowed;
 * every other chain keeps {@code X-Frame-Options: DENY} and {@code frame-ancestors 'none'}. The
 * pages run no script at all, so nothing on them can track a visitor.
 */
@Configuration
class PublicPagesSecurity {

	@Bean
	@Order(5)
	SecurityFilterChain publicPagesChain(HttpSecurity http) throws Exception {
		http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/offentlig/**"))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.csrf(AbstractHttpConfigurer::disable)
			.headers(headers -> headers.frameOptions(frame -> frame.disable())
				// the pages set their own Cache-Control (public, short) and carry an ETag
				.cacheControl(cache -> cache.disable())
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'")));
		return http.build();
	}

}
