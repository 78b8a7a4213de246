package dk.aarshjul.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/** Mode local: Årshjul's login form and HTTP Basic, against the passwords in Camunda's identity service. */
@Component
@ConditionalOnProperty(name = "aarshjul.sign-in.mode", havingValue = "local", matchIfMissing = true)
class LocalSignIn implements SignInMethod {

	private final CamundaIdentityAuthenticationProvider passwords;

	LocalSignIn(CamundaIdentityAuthenticationProvider passwords) {
		this.passwords = passwords;
	}

	@Override
	public void pages(HttpSecurity http) throws Exception {
		http.authenticationProvider(passwords)
			.formLogin(form -> form.loginPage("/login")
				.successHandler(SignInLanding.handler())
				.failureHandler(SignInRefusals.toLoginPage())
				.permitAll())
			.httpBasic(Customizer.withDefaults());
	}

	@Override
	public void engineRest(HttpSecurity http) throws Exception {
		http.authenticationProvider(passwords).httpBasic(Customizer.withDefaults());
	}

	@Override
	public AuthenticationEntryPoint signInPage() {
		return new LoginUrlAuthenticationEntryPoint("/login");
	}

}
