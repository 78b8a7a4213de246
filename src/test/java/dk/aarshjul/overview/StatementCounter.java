package dk.aarshjul.overview;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts the SQL statements every part of the application sends (Årshjul's JPA and Camunda's
 * engine alike), by wrapping the one DataSource they share.
 */
@TestConfiguration
class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private final AtomicInteger count = new AtomicInteger();

	int count() {
		return count.get();
	}

	void reset() {
		count.set(0);
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
			}
			return invoke(method, target, args);
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
