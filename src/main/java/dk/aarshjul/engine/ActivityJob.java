package dk.aarshjul.engine;

/**
 * A kind of job of Årshjul's own, queued by {@link ActivityJobs} without any process instance. Each
 * job belongs to one activity of a model: its retry cycle is read from it, and its incident shows on
 * it when the last try fails, so an operator retries it from Cockpit like any job. A Spring bean of
 * this type is registered with the engine as it is built.
 */
public interface ActivityJob {

	/** The job's handler type, stored with every job of the kind: keep it once jobs exist. */
	String type();

	/** The key of the model the jobs belong to (its latest version when a job is queued). */
	String processKey();

	/** The id of the activity in that model the jobs belong to. */
	String activityId();

	/** Does one job, given the configuration it was queued with. */
	void run(String configuration);

}
