package dk.aarshjul.consultation;

import dk.aarshjul.organisation.Body;
import dk.aarshjul.organisation.BodyKind;
import dk.aarshjul.organisation.BodyRepository;
import org.springframework.stereotype.Component;

/** Hovedudvalget as the organisation file names it. */
@Component
class MainCommittee {

	private final BodyRepository bodies;

	MainCommittee(BodyRepository bodies) {
		this.bodies = bodies;
	}

	String id() {
		return bodies.findFirstByKindOrderByPosition(BodyKind.MAIN_MED_COMMITTEE)
			.map(Body::getId)
			.orElseThrow(() -> new IllegalStateException("The organisation file names no body of kind 'hovedudvalg'"));
	}

}
