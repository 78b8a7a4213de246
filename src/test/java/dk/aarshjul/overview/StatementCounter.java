package dk.aarshjul.overview;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts the SQL statements every part of the application sends (Årshjul's JPA and Camunda's
 * engine alike), and the rows they read, by wrapping the one DataSource they share. The rows show
 * what the statements cost: a single query over every task ever is one statement, but not cheap.
 */
@TestConfiguration
public class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private static final Set<String> RESULTS = Set.of("executeQuery", "getResultSet", "getGeneratedKeys");

	private final AtomicInteger count = new AtomicInteger();

	private final AtomicInteger rows = new AtomicInteger();

	private final AtomicLong nanos = new AtomicLong();

	public int count() {
		return count.get();
	}

	public int rows() {
		return rows.get();
	}

	/** Time spent in the database's calls: executing statements and reading their rows. */
	public long sqlMillis() {
		return nanos.get() / 1_000_000;
	}

	public void reset() {
		count.set(0);
		rows.set(0);
		nanos.set(0);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource) {
			return proxy(DataSource.class, dataSource, (target, method, args) -> {
				Object result = invoke(method, target, args);
				return result instanceof Connection connection ? counting(connection) : result;
			});
		}
		return bean;
	}

	private Connection counting(Connection connection) {
		return proxy(Connection.class, connection, (target, method, args) -> {
			if (STATEMENTS.contains(method.getName())) {
				count.incrementAndGet();
				return statement(method, invoke(method, target, args));
			}
			return invoke(method, target, args);
		});
	}

	@SuppressWarnings("unchecked")
	private Object statement(Method opened, Object statement) {
		Class<Statement> type = (Class<Statement>) opened.getReturnType();
		return proxy(type, (Statement) statement, (target, method, args) -> {
			long started = System.nanoTime();
			Object result = invoke(method, target, args);
			if (method.getName().startsWith("execute")) {
				nanos.addAndGet(System.nanoTime() - started);
			}
			return result instanceof ResultSet results && RESULTS.contains(method.getName()) ? counting(results)
					: result;
		});
	}

	private ResultSet counting(ResultSet results) {
		return proxy(ResultSet.class, results, (target, method, args) -> {
			long started = System.nanoTime();
			Object result = invoke(method, target, args);
			if (method.getName().equals("next")) {
				nanos.addAndGet(System.nanoTime() - started);
			}
			if (method.getName().equals("next") && Boolean.TRUE.equals(result)) {
				rows.incrementAndGet();
			}
			return result;
		});
	}

	interface Call {

		Object call(Object target, Method method, Object[] args) throws Throwable;

	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Call call) {
		InvocationHandler handler = (proxy, method, args) -> call.call(target, method, args);
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
	}

	private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
