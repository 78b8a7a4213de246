package dk.aarshjul.plan;

import org.springframework.security.core.Authentication;

/**
 * Who may read a plan and who may import one. Decided where the cycles and the people who hold
 * their tasks are known (overview.PlanReaders); the plan's controllers only ask.
 */
public interface PlanAccess {

	/**
	 * Whether the user may read the plan. A plan that is not a draft ({@link PlanStatus#isDraft()})
	 * anyone signed in may; a draft only those who work on it now. One who may not is answered as
	 * if the plan did not exist.
	 */
	boolean mayRead(StrategyPlan plan, Authentication user);

	/** Whether the user may import a plan or replace its content: process owners and administrators. */
	boolean mayImport(Authentication user);

}
