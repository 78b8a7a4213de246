package dk.aarshjul.cycle;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Records the SQL statements Årshjul and the engine send through the one DataSource they share,
 * so that a completion's statements can be counted and read, and the time spent executing them.
 * Statements of every thread count, so a test measures with no job executor running (the test
 * profile has none). Recording keeps the text as sent and tidies it only when it is read: the
 * recorder must not cost a completion in proportion to the statements it sends, or it would
 * make the completion that sends more look slower than it is.
 */
@TestConfiguration
public class SqlRecorder implements BeanPostProcessor {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private final List<String> recorded = Collections.synchronizedList(new ArrayList<>());

	/** Per recorded statement, the time its execute calls took (a batch may execute more than once). */
	private final List<long[]> executingEach = Collections.synchronizedList(new ArrayList<>());

	private final AtomicLong executing = new AtomicLong();

	private volatile boolean paused;

	/** Records nothing until {@link #resume()}: under load the statements would only fill the memory. */
	public void pause() {
		paused = true;
	}

	public void resume() {
		paused = false;
	}

	public void reset() {
		synchronized (recorded) {
			recorded.clear();
			executingEach.clear();
		}
		executing.set(0);
	}

	/** Time spent in the statements' execute calls since the last reset: the database's share. */
	public long executingNanos() {
		return executing.get();
	}

	public int count() {
		return recorded.size();
	}

	public List<String> statements() {
		synchronized (recorded) {
			return recorded.stream().map(SqlRecorder::oneLine).toList();
		}
	}

	/** A statement as {@link #statements()} has it, with the time its execute calls took. */
	public record Timed(String sql, long executingNanos) {
	}

	public List<Timed> timedStatements() {
		synchronized (recorded) {
			List<Timed> timed = new ArrayList<>();
			for (int i = 0; i < recorded.size(); i++) {
				timed.add(new Timed(oneLine(recorded.get(i)), executingEach.get(i)[0]));
			}
			return timed;
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource) {
			return proxy(DataSource.class, dataSource, (method, args) -> {
				Object result = invoke(method, dataSource, args);
				return result instanceof Connection connection ? recording(connection) : result;
			});
		}
		return bean;
	}

	private Connection recording(Connection connection) {
		return proxy(Connection.class, connection, (method, args) -> {
			if (STATEMENTS.contains(method.getName()) && !paused) {
				long[] executingThis = new long[1];
				synchronized (recorded) {
					recorded.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : "(statement)");
					executingEach.add(executingThis);
				}
				return timing(method.getReturnType(), invoke(method, connection, args), executingThis);
			}
			return invoke(method, connection, args);
		});
	}

	@SuppressWarnings("unchecked")
	private <T> T timing(Class<T> type, Object statement, long[] executingThis) {
		return proxy(type, (T) statement, (method, args) -> {
			if (!method.getName().startsWith("execute")) {
				return invoke(method, statement, args);
			}
			long started = System.nanoTime();
			try {
				return invoke(method, statement, args);
			}
			finally {
				long took = System.nanoTime() - started;
				executing.addAndGet(took);
				executingThis[0] += took;
			}
		});
	}

	private static String oneLine(String sql) {
		return sql.replaceAll("\\s+", " ").trim();
	}

	interface Call {

		Object call(java.lang.reflect.Method method, Object[] args) throws Throwable;

	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Call call) {
		InvocationHandler handler = (proxy, method, args) -> call.call(method, args);
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
	}

	private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
