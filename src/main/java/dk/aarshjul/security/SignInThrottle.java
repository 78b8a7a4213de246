package dk.aarshjul.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Slows down guessing without handing strangers a way to lock people out. Camunda's own lock-out
 * (ten wrong passwords lock an account until an administrator unlocks it) is switched off
 * ({@code loginMaxAttempts} out of reach, {@code loginDelayBase} 0, application.yml); instead a
 * wrong password makes the typed name wait a little, longer each time but never longer than a
 * minute, and an address that keeps guessing waits longer, whichever names it tries. Names are
 * counted whether or not such a user exists, so the answers (wrong password, wait N seconds) are
 * the same for both and tell nobody which names are real. The counts live in this node's memory:
 * a restart forgets them, and administrators see and lift them at {@code /actuator/signindelays}.
 */
@Component
class SignInThrottle {

	private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);

	/** Random names must not fill the memory: the least recently refused are forgotten first. */
	private static final int MOST_KEPT = 10_000;

	private static final int LONGEST_NAME = 100;

	private static final String REFUSED = SignInThrottle.class.getName() + ".refused";

	private final Clock clock;

	private final Map<String, Failures> names = lastUsedFirst();

	private final Map<String, Failures> addresses = lastUsedFirst();

	private final SignInFailures record;

	private volatile SignInThrottleProperties policy;

	SignInThrottle(Clock clock, SignInThrottleProperties policy, SignInFailures record) {
		this.clock = clock;
		this.policy = policy;
		this.record = record;
	}

	/**
	 * Checks a typed name and password with {@code check} unless the name or the address is waiting.
	 * Spring Security asks the application's global authentication manager again after a filter
	 * chain's own refused, and that one may hold the same provider: within one request the first
	 * answer is repeated, so one wrong password counts once.
	 *
	 * @throws SignInDelayedException while the name or the address waits
	 * @throws BadCredentialsException for a wrong password and for a name nobody has, alike
	 */
	Authentication guard(Authentication typed, UnaryOperator<Authentication> check) {
		AuthenticationException before = refusedBeforeInThisRequest();
		if (before != null) {
			throw before;
		}
		try {
			String name = key(typed.getName());
			String address = addressOf(typed);
			refuseWhileWaiting(name, address);
			Authentication signedIn;
			try {
				signedIn = check.apply(typed);
			}
			catch (BadCredentialsException | UsernameNotFoundException wrong) {
				// written outside the lock: a slow database must not hold up everyone's sign-in
				failed(name, address).ifPresent(record::record);
				throw new BadCredentialsException("Bad credentials");
			}
			succeeded(name);
			return signedIn;
		}
		catch (AuthenticationException refused) {
			remember(refused);
			throw refused;
		}
	}

	/** What waits now, longest first: for the administrators' view. */
	synchronized List<Waiting> waiting() {
		Instant now = clock.instant();
		List<Waiting> waiting = new ArrayList<>();
		names.forEach((name, failures) -> waiting.add(new Waiting("navn", name, failures.count(), failures.until(),
				failures.until().isAfter(now))));
		addresses.forEach((address, failures) -> waiting.add(new Waiting("adresse", address, failures.count(),
				failures.until(), failures.until().isAfter(now))));
		waiting.sort(Comparator.comparing(Waiting::until).reversed());
		return waiting;
	}

	/** An administrator lets a name or an address try again at once; true when it was waiting. */
	synchronized boolean lift(String nameOrAddress) {
		boolean name = names.remove(key(nameOrAddress)) != null;
		boolean address = addresses.remove(nameOrAddress) != null;
		if (name || address) {
			LOG.info("Sign-in delay lifted by an administrator for {}", nameOrAddress);
		}
		return name || address;
	}

	/** For tests that try the throttle in a context shared with tests that must not meet it. */
	void use(SignInThrottleProperties policy) {
		this.policy = policy;
		synchronized (this) {
			names.clear();
			addresses.clear();
		}
	}

	private synchronized void refuseWhileWaiting(String name, String address) {
		if (!policy.enabled()) {
			return;
		}
		Instant now = clock.instant();
		forgetQuiet(now);
		Instant until = later(waitingUntil(names.get(name)), waitingUntil(addresses.get(address)));
		if (until.isAfter(now)) {
			long millis = Duration.between(now, until).toMillis();
			throw new SignInDelayedException((millis + 999) / 1000);
		}
	}

	/** Counts a wrong password; a report for the record when the name has been refused often in a row. */
	private synchronized Optional<SignInFailures.Failure> failed(String name, String address) {
		if (!policy.enabled()) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Failures byName = Failures.after(names.get(name), now, 0, policy.firstDelay(), policy.longestAccountDelay());
		names.put(name, byName);
		addresses.put(address, Failures.after(addresses.get(address), now, policy.freeAddressFailures(),
				policy.firstDelay(), policy.longestAddressDelay()));
		if (byName.count() % policy.reportEvery() == 0) {
			long waits = Duration.between(now, byName.until()).toSeconds();
			LOG.warn("Sign-in refused {} times in a row for the name {}, the last from {}; it waits {} s",
					byName.count(), name, address, waits);
			return Optional.of(new SignInFailures.Failure(now, name, address, byName.count(), waits));
		}
		return Optional.empty();
	}

	private synchronized void succeeded(String name) {
		names.remove(name);
	}

	private void forgetQuiet(Instant now) {
		Instant quiet = now.minus(policy.forgetAfter());
		names.values().removeIf(failures -> failures.last().isBefore(quiet));
		addresses.values().removeIf(failures -> failures.last().isBefore(quiet));
	}

	private static Instant waitingUntil(Failures failures) {
		return failures == null ? Instant.MIN : failures.until();
	}

	private static Instant later(Instant one, Instant other) {
		return one.isAfter(other) ? one : other;
	}

	/** One person's name however it is typed; a name longer than any user id is cut, not kept whole. */
	private static String key(String typed) {
		String name = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
		return name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name;
	}

	private static String addressOf(Authentication typed) {
		if (typed.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return "ukendt";
	}

	private static AuthenticationException refusedBeforeInThisRequest() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		return request == null ? null
				: (AuthenticationException) request.getAttribute(REFUSED, RequestAttributes.SCOPE_REQUEST);
	}

	private static void remember(AuthenticationException refused) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(REFUSED, refused, RequestAttributes.SCOPE_REQUEST);
		}
	}

	private static Map<String, Failures> lastUsedFirst() {
		return new LinkedHashMap<>(64, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
				return size() > MOST_KEPT;
			}

		};
	}

	/** A name's or an address's wrong passwords: how many, the last, and until when it waits. */
	private record Failures(int count, Instant last, Instant until) {

		static Failures after(Failures before, Instant now, int free, Duration first, Duration longest) {
			int count = before == null ? 1 : before.count() + 1;
			int doublings = Math.min(count - free - 1, 30);
			Duration delay = doublings < 0 ? Duration.ZERO : first.multipliedBy(1L << doublings);
			if (delay.compareTo(longest) > 0) {
				delay = longest;
			}
			return new Failures(count, now, now.plus(delay));
		}

	}

	/** A row of the administrators' view. */
	record Waiting(String kind, String who, int wrongPasswords, Instant until, boolean waitingNow) {
	}

}
