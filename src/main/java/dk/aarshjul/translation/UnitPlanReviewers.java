package dk.aarshjul.translation;

import dk.aarshjul.organisation.CamundaGroups;
import dk.aarshjul.organisation.Unit;
import org.springframework.stereotype.Component;

/**
 * Turns the reviewer role that the unitPlanReviewer DMN table decides into the Camunda group
 * that reviews one unit's plan: {@code ${unitPlanReviewers.groupFor(reviewerRole, unitId)}}.
 */
@Component("unitPlanReviewers")
public class UnitPlanReviewers {

	static final String MANAGEMENT_GROUP = "koncernledelse";

	static final String PARENT_CHIEF = "overordnet-chef";

	private final UnitDirectory directory;

	UnitPlanReviewers(UnitDirectory directory) {
		this.directory = directory;
	}

	public String groupFor(String reviewerRole, String unitId) {
		if (PARENT_CHIEF.equals(reviewerRole)) {
			String parentId = directory.unit(unitId).map(Unit::getParentId).orElseThrow();
			return CamundaGroups.unitChief(parentId);
		}
		if (MANAGEMENT_GROUP.equals(reviewerRole)) {
			return CamundaGroups.MANAGEMENT_GROUP;
		}
		throw new IllegalStateException("Unknown reviewer role from unitPlanReviewer: " + reviewerRole);
	}

}
