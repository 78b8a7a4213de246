package dk.aarshjul.security;

import dk.aarshjul.organisation.CamundaGroups;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Sign-in for Årshjul's pages and API (Spring Security, against Camunda's identity service).
 * The Camunda webapps under /camunda keep their own login and CSRF protection, and the engine
 * REST API under /engine-rest is guarded by Camunda's own authentication filter, so that the
 * engine applies its authorizations to the signed-in user.
 */
@Configuration
class SecurityConfiguration {

	static final String ENGINE_REST = "/engine-rest/*";

	@Bean
	SecurityFilterChain applicationSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider provider)
			throws Exception {
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		http.securityMatcher(new NegatedRequestMatcher(
				new OrRequestMatcher(path.matcher("/camunda/**"), path.matcher("/engine-rest/**"))))
			.authenticationProvider(provider)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/css/**", "/img/**", "/js/**", "/favicon.ico", "/actuator/health",
						"/actuator/health/liveness", "/actuator/health/readiness", "/error")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasAuthority("GROUP_" + CamundaGroups.ADMINISTRATORS)
				.anyRequest()
				.authenticated())
			// Årshjul's pages load nothing from elsewhere and run no inline script.
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'")))
			// A request that carries its own credentials (HTTP Basic) cannot be forged by another
			// site; every request that relies on the session cookie needs the CSRF token.
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
			.formLogin(form -> form.loginPage("/login").permitAll())
			.httpBasic(Customizer.withDefaults())
			// A session that timed out (server.servlet.session.timeout) sends its user to the login
			// page with an explanation rather than a bare login form.
			.sessionManagement(session -> session.invalidSessionUrl("/login?expired"))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"));
		return http.build();
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("engine-rest-authentication");
		registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
		registration.addUrlPatterns(ENGINE_REST);
		return registration;
	}

}
