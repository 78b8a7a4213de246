package dk.aarshjul.deadline;

import dk.aarshjul.notification.MailDigests;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The daily digests of new tasks go out from the deadline chase's rounds, the routine that already
 * follows the clock every quarter of an hour: the first round of a working day's morning sends
 * them, the others find nothing due. No model or timer of its own; the digests are sent in
 * transactions of their own, so they never fail the chase.
 */
@Component
class DailyDigestRound {

	private final MailDigests digests;

	DailyDigestRound(MailDigests digests) {
		this.digests = digests;
	}

	@EventListener
	void sendTheDigestsDue(DeadlinesChased round) {
		digests.sendDue(round.at());
	}

}
