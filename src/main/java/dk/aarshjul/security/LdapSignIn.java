package dk.aarshjul.security;

import java.util.List;

import dk.aarshjul.security.SignInProperties.Ldap;
import dk.aarshjul.security.SignInProperties.MatchBy;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * Mode ldap: Årshjul's login form and HTTP Basic, the password checked by a bind against the
 * municipality's Active Directory. The account is found by the configured search (by default
 * sAMAccountName = the typed username, which is the person's id in the organisation file); a
 * disabled account (Active Directory's userAccountControl flag) is refused although its bind
 * would fail anyway in a real AD. Name and e-mail come from the directory; groups from the
 * organisation file, plus camunda-admin for members of the configured directory group.
 */
@Component
@ConditionalOnProperty(name = "aarshjul.sign-in.mode", havingValue = "ldap")
class LdapSignIn implements SignInMethod, AuthenticationProvider {

	/** userAccountControl's ACCOUNTDISABLE flag. */
	private static final int ACCOUNT_DISABLED = 0x2;

	private final Ldap settings;

	private final OrganisationPeople people;

	private final IdentityService identity;

	private final BindAuthenticator directory;

	private final SignInThrottle throttle;

	LdapSignIn(SignInProperties properties, OrganisationPeople people, IdentityService identity,
			SignInThrottle throttle) throws Exception {
		this.throttle = throttle;
		this.settings = properties.ldap();
		this.people = people;
		this.identity = identity;
		DefaultSpringSecurityContextSource source = new DefaultSpringSecurityContextSource(settings.url());
		if (settings.bindDn() != null && !settings.bindDn().isBlank()) {
			source.setUserDn(settings.bindDn());
			source.setPassword(settings.bindPassword());
		}
		source.afterPropertiesSet();
		this.directory = new BindAuthenticator(source);
		this.directory.setUserSearch(new FilterBasedLdapUserSearch(settings.base(), settings.userSearchFilter(), source));
		this.directory.afterPropertiesSet();
	}

	@Override
	public void pages(HttpSecurity http) throws Exception {
		http.authenticationProvider(this)
			.formLogin(form -> form.loginPage("/login")
				.successHandler(SignInLanding.handler())
				.failureHandler(SignInRefusals.toLoginPage())
				.permitAll())
			.httpBasic(Customizer.withDefaults());
	}

	@Override
	public void engineRest(HttpSecurity http) throws Exception {
		http.authenticationProvider(this).httpBasic(Customizer.withDefaults());
	}

	@Override
	public AuthenticationEntryPoint signInPage() {
		return new LoginUrlAuthenticationEntryPoint("/login");
	}

	/** Wrong passwords are slowed down here too, before the directory's own lock-out policy counts them. */
	@Override
	public Authentication authenticate(Authentication typed) {
		return throttle.guard(typed, this::check);
	}

	/**
	 * A name the directory does not know and a wrong password are refused alike (the throttle makes
	 * both a BadCredentialsException); only a person who typed the right password learns that the
	 * account is disabled or missing from the organisation file.
	 */
	private Authentication check(Authentication typed) {
		if (typed.getCredentials() == null || typed.getCredentials().toString().isEmpty()) {
			// an empty password would be an anonymous bind, which a directory may let through
			throw new BadCredentialsException("No password");
		}
		DirContextOperations account = directory.authenticate(typed);
		String control = account.getStringAttribute("userAccountControl");
		if (control != null && (Integer.parseInt(control.trim()) & ACCOUNT_DISABLED) != 0) {
			throw new DisabledException("Account disabled in the directory");
		}
		String userId = people.find(typed.getName(), MatchBy.ID)
			.orElseThrow(() -> new UnknownPersonException(typed.getName()));
		takeNameAndEmail(userId, account);
		List<GrantedAuthority> authorities = people.authorities(userId, administrator(account));
		return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private boolean administrator(DirContextOperations account) {
		if (!settings.administratorsByGroup()) {
			return false;
		}
		String[] groups = account.getStringAttributes("memberOf");
		return groups != null && List.of(groups).stream().anyMatch(settings.adminGroup()::equalsIgnoreCase);
	}

	/** The directory is where names and addresses are kept up to date: Tasklist and mails show them. */
	private void takeNameAndEmail(String userId, DirContextOperations account) {
		String first = account.getStringAttribute("givenName");
		String last = account.getStringAttribute("sn");
		String mail = account.getStringAttribute("mail");
		User user = identity.createUserQuery().userId(userId).singleResult();
		boolean changed = false;
		if (first != null && !first.equals(user.getFirstName())) {
			user.setFirstName(first);
			changed = true;
		}
		if (last != null && !last.equals(user.getLastName())) {
			user.setLastName(last);
			changed = true;
		}
		if (mail != null && !mail.equals(user.getEmail())) {
			user.setEmail(mail);
			changed = true;
		}
		if (changed) {
			identity.saveUser(user);
		}
	}

}
