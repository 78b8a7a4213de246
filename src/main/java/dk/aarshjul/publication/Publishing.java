package dk.aarshjul.publication;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.approval.PlanApproved;
import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.cycle.StrategyCycle;
import dk.aarshjul.cycle.StrategyCycleProcess;
import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.plan.PlanStatus;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A process owner publishes a cycle's approved plan on the public pages, and withdraws it again;
 * both are written to the plan's audit trail in the same transaction. What is published is the
 * plan as it was when the last body approved it: cycles of later years may draft on the same plan
 * (the cycle takes the newest plan of its code), and their drafts must never reach the public.
 */
@Service
public class Publishing {

	/** Political approval is done from here on; before it, the plan is a draft and not public. */
	static final Set<PlanStatus> APPROVED = EnumSet.of(PlanStatus.APPROVED, PlanStatus.IN_TRANSLATION,
			PlanStatus.IN_FOLLOW_UP, PlanStatus.EVALUATED);

	/** What the plan's page shows about the plan's publication. */
	public record State(boolean publishable, boolean published, Instant publishedAt, Instant withdrawnAt) {
	}

	private final PlanPublicationRepository publications;

	private final StrategyCycleRepository cycles;

	private final HistoryService history;

	private final AuditTrail audit;

	private final ObjectMapper json;

	private final Clock clock;

	Publishing(PlanPublicationRepository publications, StrategyCycleRepository cycles, HistoryService history,
			AuditTrail audit, ObjectMapper json, Clock clock) {
		this.publications = publications;
		this.cycles = cycles;
		this.history = history;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	/** Keeps the plan as approved, in the transaction that approves it. */
	@EventListener
	@Transactional
	public void keepApprovedVersion(PlanApproved approved) {
		StrategyCycle cycle = cycles.findById(approved.cycleId()).orElseThrow();
		PlanPublication publication = publications.findByBusinessKey(cycle.getBusinessKey())
			.orElseGet(() -> new PlanPublication(cycle.getPlan().getId(), cycle.getId(), cycle.getBusinessKey()));
		publication.approved(snapshotOf(cycle), clock.instant());
		publications.save(publication);
	}

	@Transactional(readOnly = true)
	public State stateOf(String businessKey) {
		Optional<PlanPublication> publication = publications.findByBusinessKey(businessKey);
		boolean publishable = publication.isPresent()
				|| cycles.findByBusinessKey(businessKey).map(this::approvedBeforePublishingExisted).orElse(false);
		return new State(publishable, publication.map(PlanPublication::isPublished).orElse(false),
				publication.map(PlanPublication::getPublishedAt).orElse(null),
				publication.map(PlanPublication::getWithdrawnAt).orElse(null));
	}

	/**
	 * What citizens will see once the plan is published: the plan as approved, which publishing
	 * would put on the public pages; empty when it cannot be published (unknown, not approved).
	 */
	@Transactional(readOnly = true)
	public Optional<PlanSnapshot> preview(String businessKey) {
		Optional<PlanPublication> publication = publications.findByBusinessKey(businessKey);
		if (publication.isPresent()) {
			try {
				return Optional.of(json.readValue(publication.get().getSnapshot(), PlanSnapshot.class));
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return cycles.findByBusinessKey(businessKey)
			.filter(this::approvedBeforePublishingExisted)
			.map(cycle -> PlanSnapshot.of(cycle.getPlan(), cycle.getBusinessKey(), cycle.getCycleYear()));
	}

	@Transactional
	public void publish(String businessKey, String userId) {
		StrategyCycle cycle = cycles.findByBusinessKey(businessKey)
			.orElseThrow(() -> new PublicationRefusedException("publication.unknown"));
		PlanPublication publication = publications.findByBusinessKey(businessKey).orElseGet(() -> {
			if (!approvedBeforePublishingExisted(cycle)) {
				throw new PublicationRefusedException("publication.notApproved");
			}
			PlanPublication earlier = new PlanPublication(cycle.getPlan().getId(), cycle.getId(), businessKey);
			earlier.approved(snapshotOf(cycle), clock.instant());
			return earlier;
		});
		if (publication.isPublished()) {
			throw new PublicationRefusedException("publication.alreadyPublished");
		}
		publication.publish(userId, clock.instant());
		publications.save(publication);
		audit.record(cycle.getId(), userId, AuditAction.PLAN_PUBLISHED, businessKey, null);
	}

	@Transactional
	public void withdraw(String businessKey, String userId) {
		PlanPublication publication = publications.findByBusinessKey(businessKey)
			.filter(PlanPublication::isPublished)
			.orElseThrow(() -> new PublicationRefusedException("publication.notPublished"));
		publication.withdraw(userId, clock.instant());
		audit.record(publication.getCycleId(), userId, AuditAction.PLAN_WITHDRAWN, businessKey, null);
	}

	/**
	 * A cycle approved before Årshjul kept the approved version: its cycle went on past the approval
	 * and its plan is not being drafted again, so the plan as it stands is the approved one.
	 */
	private boolean approvedBeforePublishingExisted(StrategyCycle cycle) {
		return cycle.getProcessInstanceId() != null && APPROVED.contains(cycle.getPlan().getStatus())
				&& history.createHistoricActivityInstanceQuery()
					.processInstanceId(cycle.getProcessInstanceId())
					.activityId(StrategyCycleProcess.USER_TASK_CHOOSE_TRANSLATING_UNITS)
					.count() > 0;
	}

	private String snapshotOf(StrategyCycle cycle) {
		try {
			return json.writeValueAsString(PlanSnapshot.of(cycle.getPlan(), cycle.getBusinessKey(), cycle.getCycleYear()));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
