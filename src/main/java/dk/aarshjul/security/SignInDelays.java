package dk.aarshjul.security;

import java.util.List;

import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.stereotype.Component;

/**
 * The administrators' view of {@link SignInThrottle}: {@code GET /actuator/signindelays} lists the
 * names and addresses that typed wrong passwords and until when they wait; {@code DELETE
 * /actuator/signindelays/{name or address}} lets one try again at once. Like every actuator
 * endpoint but health, for the camunda-admin group only (SecurityConfiguration).
 */
@Component
@Endpoint(id = "signindelays")
class SignInDelays {

	private final SignInThrottle throttle;

	SignInDelays(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@ReadOperation
	List<SignInThrottle.Waiting> waiting() {
		return throttle.waiting();
	}

	@DeleteOperation
	boolean lift(@Selector String nameOrAddress) {
		return throttle.lift(nameOrAddress);
	}

}
