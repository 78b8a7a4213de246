package dk.aarshjul.approval;

import dk.aarshjul.organisation.Body;
import dk.aarshjul.organisation.BodyRepository;
import org.springframework.stereotype.Component;

/** Committee names for task names: {@code ${bodyNames.of(bodyId)}}. */
@Component("bodyNames")
public class BodyNames {

	private final BodyRepository bodies;

	BodyNames(BodyRepository bodies) {
		this.bodies = bodies;
	}

	public String of(String bodyId) {
		return bodies.findById(bodyId).map(Body::getName).orElse(bodyId);
	}

}
