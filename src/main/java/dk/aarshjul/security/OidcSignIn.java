package dk.aarshjul.security;

import java.util.List;
import java.util.Set;

import dk.aarshjul.security.SignInProperties.Oidc;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Mode oidc: the municipality's identity provider signs people in (authorization code), and its
 * access tokens are accepted as bearer tokens on /api and /engine-rest. Either way the person is
 * looked up in the organisation file by a configurable claim; who is not there is refused.
 * Administrators are those the identity provider gives the configured role.
 */
@Configuration
@ConditionalOnProperty(name = "aarshjul.sign-in.mode", havingValue = "oidc")
class OidcSignIn implements SignInMethod {

	private final Oidc settings;

	private final OrganisationPeople people;

	OidcSignIn(SignInProperties properties, OrganisationPeople people) {
		this.settings = properties.oidc();
		this.people = people;
	}

	@Bean
	ClientRegistrationRepository identityProvider() {
		ClientRegistration registration = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
			.registrationId(settings.registration())
			.clientId(settings.clientId())
			.clientSecret(settings.clientSecret())
			.scope("openid", "profile", "email")
			.build();
		return new InMemoryClientRegistrationRepository(registration);
	}

	/** Tokens of this issuer, and made for Årshjul: the audience must name Årshjul's client. */
	@Bean
	JwtDecoder bearerTokens() {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(settings.issuerUri()).build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(settings.issuerUri()),
				token -> token.getAudience() != null && token.getAudience().contains(settings.clientId())
						? OAuth2TokenValidatorResult.success()
						: OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Not for Årshjul", null))));
		return decoder;
	}

	@Override
	public void pages(HttpSecurity http) throws Exception {
		ClientRegistrationRepository registrations = identityProvider();
		OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		signedOut.setPostLogoutRedirectUri("{baseUrl}/login?logout");
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		http.oauth2Login(login -> login.loginPage("/login")
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(this::person))
			.successHandler(SignInLanding.handler())
			.failureHandler(SignInRefusals.toLoginPage()))
			.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(this::scriptCaller)))
			.exceptionHandling(refusal -> refusal
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						path.matcher("/api/**"))
				.defaultAuthenticationEntryPointFor(signInPage(), AnyRequestMatcher.INSTANCE))
			// signing out of Årshjul also ends the session at the identity provider
			.logout(logout -> logout.logoutSuccessHandler(signedOut));
	}

	@Override
	public void engineRest(HttpSecurity http) throws Exception {
		http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(this::scriptCaller)));
	}

	@Override
	public AuthenticationEntryPoint signInPage() {
		return new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/" + settings.registration());
	}

	/** Signing out is a form whose answer sends the browser on to the identity provider's end-session page. */
	@Override
	public String formTargets() {
		java.net.URI issuer = java.net.URI.create(settings.issuerUri());
		return " " + issuer.getScheme() + "://" + issuer.getRawAuthority();
	}

	private OidcUser person(OidcUserRequest request) {
		OidcUser signedIn = new OidcUserService().loadUser(request);
		String userId = people.find(signedIn.getClaimAsString(settings.matchClaim()), settings.matchBy())
			.orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(SignInRefusals.UNKNOWN_PERSON)));
		List<GrantedAuthority> authorities = people.authorities(userId,
				administrator(signedIn.getClaimAsStringList(settings.adminClaim())));
		return new PersonSignedIn(authorities, signedIn, userId);
	}

	private JwtAuthenticationToken scriptCaller(Jwt token) {
		String userId = people.find(token.getClaimAsString(settings.matchClaim()), settings.matchBy())
			.orElseThrow(() -> new InvalidBearerTokenException("Not in the organisation file"));
		return new JwtAuthenticationToken(token,
				people.authorities(userId, administrator(token.getClaimAsStringList(settings.adminClaim()))), userId);
	}

	private boolean administrator(List<String> roles) {
		return settings.administratorsByRole() && roles != null && Set.copyOf(roles).contains(settings.adminRole());
	}

	/** The signed-in person under their id in the organisation file, which is their Camunda user id. */
	static final class PersonSignedIn extends DefaultOidcUser {

		private final String userId;

		PersonSignedIn(List<GrantedAuthority> authorities, OidcUser signedIn, String userId) {
			super(authorities, signedIn.getIdToken(), signedIn.getUserInfo());
			this.userId = userId;
		}

		@Override
		public String getName() {
			return userId;
		}

	}

}
