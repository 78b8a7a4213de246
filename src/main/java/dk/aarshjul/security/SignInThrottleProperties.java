package dk.aarshjul.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hard {@link SignInThrottle} slows down wrong passwords: aarshjul.sign-in.throttle.*. A user
 * name waits after each wrong password (first {@code firstDelay}, doubling, never longer than
 * {@code longestAccountDelay}); an address waits once it has typed more than {@code freeAddressFailures}
 * wrong passwords, whatever the names (at most {@code longestAddressDelay}). Nothing is ever locked
 * for good; what is quiet for {@code forgetAfter} is forgotten.
 *
 * @param enabled off only in the tests that share one address and one set of users
 * @param reportEvery a warning in the log at this many wrong passwords in a row for one name (and each
 *        multiple of it)
 */
@ConfigurationProperties("aarshjul.sign-in.throttle")
record SignInThrottleProperties(@DefaultValue("true") boolean enabled, @DefaultValue("3s") Duration firstDelay,
		@DefaultValue("60s") Duration longestAccountDelay, @DefaultValue("20") int freeAddressFailures,
		@DefaultValue("15m") Duration longestAddressDelay, @DefaultValue("1h") Duration forgetAfter,
		@DefaultValue("5") int reportEvery) {

}
