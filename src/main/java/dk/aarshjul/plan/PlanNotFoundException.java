package dk.aarshjul.plan;

/** No plan has the given id. */
public class PlanNotFoundException extends RuntimeException {

	private final Long planId;

	public PlanNotFoundException(Long planId) {
		super("No strategy plan with id " + planId);
		this.planId = planId;
	}

	public Long planId() {
		return planId;
	}

}
