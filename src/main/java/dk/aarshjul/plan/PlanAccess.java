package dk.aarshjul.plan;

import java.util.List;

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

	/**
	 * Whether the user may change the plan in the plan editor: one who may import, and only while no
	 * cycle of the plan has started. From its first cycle on, the plan is revised in that cycle's
	 * drafting task, and the next year's plan starts as a copy (the start form's "copy last year's
	 * plan"), so a running or finished cycle's plan, its unit plans and status reports never change
	 * under them.
	 */
	boolean mayEdit(StrategyPlan plan, Authentication user);

	/** The business keys of the plan's cycles the user may see, newest year first. */
	List<String> visibleCycles(StrategyPlan plan, Authentication user);

}
