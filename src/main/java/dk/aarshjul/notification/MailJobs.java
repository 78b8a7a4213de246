package dk.aarshjul.notification;

import java.util.function.Supplier;

import dk.aarshjul.engine.ActivityJobs;
import dk.aarshjul.engine.EngineCommands;
import org.springframework.stereotype.Component;

/**
 * Each mail is one job of the engine ({@link SendMailJob}), written in the transaction that wrote
 * the notification: no process instance, execution or variable per mail. The job belongs to the
 * model "Send e-mail om en opgave" and its service task, which is where its retry cycle is read from
 * (R3/PT5M) and where the incident shows when the last try fails; an operator retries it from
 * Cockpit like any job.
 */
@Component
class MailJobs {

	private final ActivityJobs jobs;

	private final EngineCommands commands;

	MailJobs(ActivityJobs jobs, EngineCommands commands) {
		this.jobs = jobs;
		this.commands = commands;
	}

	/** Queues the notification's mail; it is sent once the surrounding transaction has committed. */
	void queue(long notificationId) {
		jobs.queue(SendMailJob.TYPE, Long.toString(notificationId));
	}

	/**
	 * Runs the work in a command and transaction of its own (its mails are queued in it), so that
	 * one that fails leaves the others and whatever called it as they were.
	 */
	<T> T inCommandOfItsOwn(Supplier<T> work) {
		return commands.inNewTransaction(work);
	}

}
