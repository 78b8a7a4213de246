package dk.aarshjul.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's secret calendar link: 32 random bytes in the address, so that a calendar client
 * subscribes without a password. Only the token's SHA-256 is stored, so the link is shown once,
 * when it is made; making a new one revokes the old at once.
 */
@Component
public class CalendarLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CalendarLinkRepository links;

	private final Clock clock;

	CalendarLinks(CalendarLinkRepository links, Clock clock) {
		this.links = links;
		this.clock = clock;
	}

	/** Makes the person a new link, revoking the one they had; answers the new token. */
	@Transactional
	public String renew(String personId) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = clock.instant();
		CalendarLink link = links.findById(personId).orElse(null);
		if (link == null) {
			links.save(new CalendarLink(personId, hash(token), now));
		}
		else {
			link.replace(hash(token), now);
		}
		return token;
	}

	/** When the person's current link was made, if they have one. */
	@Transactional(readOnly = true)
	public Optional<Instant> madeAt(String personId) {
		return links.findById(personId).map(CalendarLink::getCreatedAt);
	}

	/** Whose link this token is, if it is a current one. */
	@Transactional(readOnly = true)
	public Optional<String> personOf(String token) {
		if (token == null || token.length() != 43) {
			return Optional.empty();
		}
		return links.findByTokenHash(hash(token)).map(CalendarLink::getPersonId);
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
