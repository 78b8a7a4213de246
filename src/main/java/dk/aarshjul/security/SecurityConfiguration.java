package dk.aarshjul.security;

import java.io.IOException;
import java.util.List;

import dk.aarshjul.organisation.CamundaGroups;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * One sign-in for everything: Spring Security is the only place that authenticates, in the mode
 * configured ({@link SignInMethod}). Årshjul's pages, Tasklist, Cockpit, Admin and the welcome
 * page share one session — signing in, signing out and the session timeout are the same for all
 * of them — because the webapps take the signed-in user from the container (Camunda's
 * container-based authentication, {@link SignedInUserForCamunda}) instead of asking for a
 * password themselves. The engine REST API takes credentials on every request (HTTP Basic, or a
 * bearer token in mode oidc) and hands the user to the engine the same way, so the engine
 * applies its authorizations to whoever Spring Security signed in.
 */
@Configuration
@EnableConfigurationProperties({ SignInProperties.class, SignInThrottleProperties.class })
class SecurityConfiguration {

	static final String ENGINE_REST = "/engine-rest/*";

	/** Tasklist, Cockpit, Admin and welcome, with the API behind them. */
	@Bean
	@Order(10)
	SecurityFilterChain webappSecurity(HttpSecurity http, CamundaBpmProperties camunda, SignInMethod signIn,
			WebappAccess access, MessageSource messages) throws Exception {
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		String webapps = camunda.getWebapp().getApplicationPath();
		WebappAssets assets = new WebappAssets(webapps);
		HeaderWriter kept = new StaticHeadersWriter(HttpHeaders.CACHE_CONTROL, "private, no-cache");
		HeaderWriter neverStored = new CacheControlHeadersWriter();
		HttpSessionRequestCache pagesOnly = new HttpSessionRequestCache();
		pagesOnly.setRequestMatcher(path.matcher(webapps + "/app/**"));
		http.securityMatcher(path.matcher(webapps + "/**"))
			.authorizeHttpRequests(requests -> requests
				// the webapps' own password login: Spring Security is the only place that authenticates
				.requestMatchers(path.matcher(webapps + "/api/admin/auth/user/*/login/**"))
				.denyAll()
				// checks any user's password without SignInThrottle: a way round it for anyone signed in
				.requestMatchers(path.matcher(webapps + "/api/engine/engine/*/identity/verify"))
				.denyAll()
				// Cockpit and Admin refuse a leader in English; Årshjul refuses with its Danish 403 page first
				.requestMatchers(path.matcher(webapps + "/app/cockpit/**"))
				.access((user, request) -> new AuthorizationDecision(access.may(user.get(), WebappAccess.COCKPIT)))
				.requestMatchers(path.matcher(webapps + "/app/admin/**"))
				.access((user, request) -> new AuthorizationDecision(access.may(user.get(), WebappAccess.ADMIN)))
				// their APIs by the same rule: Cockpit's statistics count every instance of a definition one may
				// read, also those the engine API hides from a unit's chief
				.requestMatchers(path.matcher(webapps + "/api/cockpit/**"))
				.access((user, request) -> new AuthorizationDecision(access.may(user.get(), WebappAccess.COCKPIT)))
				.requestMatchers(path.matcher(webapps + "/api/admin/plugin/**"))
				.access((user, request) -> new AuthorizationDecision(access.may(user.get(), WebappAccess.ADMIN)))
				.anyRequest()
				.authenticated())
			.exceptionHandling(refusal -> refusal
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						path.matcher(webapps + "/api/**"))
				.defaultAuthenticationEntryPointFor(expiredOr(signIn.signInPage()), AnyRequestMatcher.INSTANCE))
			// after signing in, the visitor comes back to the webapp page they asked for
			.requestCache(cache -> cache.requestCache(pagesOnly))
			// the webapps protect their API with Camunda's own CSRF token (CsrfPreventionFilter), which
			// WebappCsrfCheck checks first so that a forged request does not end the session
			.csrf(AbstractHttpConfigurer::disable)
			.addFilterAfter(new WebappCsrfCheck(camunda.getWebapp().getCsrf().getEntryPoints(), messages),
					AuthorizationFilter.class)
			// The webapps' scripts and styles (deps.js alone is almost 4 MB) are kept by the browser and
			// asked for again with If-Modified-Since, so opening Tasklist again costs a 304, not the download
			// and compilation of every script; a new release changes Last-Modified. Pages and API answers
			// are still never stored.
			.headers(headers -> headers.cacheControl(cache -> cache.disable())
				.addHeaderWriter((request, response) -> (assets.matches(request) ? kept : neverStored)
					.writeHeaders(request, response)))
			.logout(logout -> logout.logoutRequestMatcher(new WebappSignOut(webapps))
				.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler())
				.deleteCookies("JSESSIONID"));
		return http.build();
	}

	/** The engine REST API: credentials on every request, never the session cookie. */
	@Bean
	@Order(20)
	SecurityFilterChain engineRestSecurity(HttpSecurity http, SignInMethod signIn) throws Exception {
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		http.securityMatcher(path.matcher("/engine-rest/**"))
			.authorizeHttpRequests(requests -> requests
				// checks any user's password without SignInThrottle: a way round it for anyone signed in
				.requestMatchers(path.matcher("/engine-rest/identity/verify"))
				.denyAll()
				.anyRequest()
				.authenticated())
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			// no cookie is looked at, so another site has nothing to forge with
			.csrf(AbstractHttpConfigurer::disable);
		// a refused call gets 401 with the mode's challenge (WWW-Authenticate: Basic, or Bearer)
		signIn.engineRest(http);
		return http.build();
	}

	/**
	 * The actuator: Prometheus and administrators' scripts send their credentials with every request
	 * (HTTP Basic, or a bearer token in mode oidc); an administrator's browser is known by its
	 * session. No request here makes a session: a scrape every 15 seconds would otherwise leave a
	 * session in the database every time (docs/nodes.md, "Metrics").
	 */
	@Bean
	@Order(25)
	SecurityFilterChain actuatorSecurity(HttpSecurity http, SignInMethod signIn) throws Exception {
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		HttpSessionSecurityContextRepository sessionIfAny = new HttpSessionSecurityContextRepository();
		sessionIfAny.setAllowSessionCreation(false);
		http.securityMatcher(path.matcher("/actuator/**"))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(path.matcher("/actuator/health"), path.matcher("/actuator/health/liveness"),
						path.matcher("/actuator/health/readiness"))
				.permitAll()
				.anyRequest()
				.hasAuthority("GROUP_" + CamundaGroups.ADMINISTRATORS))
			.securityContext(context -> context.securityContextRepository(
					new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(), sessionIfAny)))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache(AbstractHttpConfigurer::disable)
			.csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::ownCredentialsOnly));
		// a refused call gets 401 with the mode's challenge, as on the engine REST API
		signIn.engineRest(http);
		return http.build();
	}

	/** Årshjul's own pages and API. */
	@Bean
	@Order(30)
	SecurityFilterChain applicationSecurity(HttpSecurity http, SignInMethod signIn) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/css/**", "/img/**", "/js/**", "/favicon.ico", "/actuator/health",
						"/actuator/health/liveness", "/actuator/health/readiness", "/error")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasAuthority("GROUP_" + CamundaGroups.ADMINISTRATORS)
				.anyRequest()
				.authenticated())
			// Årshjul's pages load nothing from elsewhere and run no inline script.
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'"
							+ signIn.formTargets())))
			// A request that carries its own credentials (HTTP Basic, a bearer token) cannot be forged
			// by another site; every request that comes with a session needs the CSRF token, whatever
			// else it carries (an Authorization header the sign-in does not take is no credential).
			.csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::ownCredentialsOnly))
			// A session that timed out (server.servlet.session.timeout) sends its user to the login
			// page with an explanation rather than a bare login form.
			.sessionManagement(session -> session.invalidSessionUrl("/login?expired"))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"));
		signIn.pages(http);
		return http.build();
	}

	/**
	 * The webapps take the user from Spring Security: registered right after Spring Security's
	 * filter chain and before Camunda's own webapp filters, which then find the user in the session.
	 */
	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappsTakeTheSignedInUser(CamundaBpmProperties camunda) {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new WebappAuthenticationsInSharedSession());
		registration.setName("container-based-authentication");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				SignedInUserForCamunda.class.getName());
		String webapps = camunda.getWebapp().getApplicationPath();
		registration.setUrlPatterns(List.of(webapps + "/app/*", webapps + "/api/*"));
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("engine-rest-authentication");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				SignedInUserForCamunda.class.getName());
		registration.addUrlPatterns(ENGINE_REST);
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	/** An Authorization header and no session at all: a script's call, which no other site can make. */
	private static boolean ownCredentialsOnly(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.AUTHORIZATION) != null && request.getRequestedSessionId() == null
				&& request.getSession(false) == null;
	}

	/** A webapp page opened with a session that has timed out says so, as Årshjul's pages do. */
	private static AuthenticationEntryPoint expiredOr(AuthenticationEntryPoint signIn) {
		return new AuthenticationEntryPoint() {
			@Override
			public void commence(HttpServletRequest request, HttpServletResponse response,
					AuthenticationException refused) throws IOException, ServletException {
				if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
					response.sendRedirect(request.getContextPath() + "/login?expired");
				}
				else {
					signIn.commence(request, response, refused);
				}
			}
		};
	}

}
