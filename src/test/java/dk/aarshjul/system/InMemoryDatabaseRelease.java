package dk.aarshjul.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A test context's in-memory H2 database outlives its connections (`DB_CLOSE_DELAY=-1` in
 * application-test.yml), so a context the test framework closes would leave its whole database on
 * the heap until the JVM ends: the suite ran out of memory that way. When the context closes, this
 * shuts the database down after the connection pool has closed — the data source is made to depend
 * on this bean, and Spring destroys a bean's dependants before the bean itself.
 */
@Component
@Profile("test")
class InMemoryDatabaseRelease implements BeanFactoryPostProcessor, BeanPostProcessor, PriorityOrdered, DisposableBean,
		EnvironmentAware {

	private static final String DATA_SOURCE = "dataSource";

	private boolean h2InMemory;

	/** The pool's own URL and credentials: the configured URL draws a new random name each time it is read. */
	private HikariDataSource pool;

	@Override
	public void setEnvironment(Environment environment) {
		this.h2InMemory = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:mem:");
	}

	/** First, to see the pool itself before a statement counter wraps it. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (DATA_SOURCE.equals(beanName) && bean instanceof HikariDataSource hikari) {
			this.pool = hikari;
		}
		return bean;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		if (!inMemory() || !beanFactory.containsBeanDefinition(DATA_SOURCE)) {
			return;
		}
		String self = beanNameIn(beanFactory);
		BeanDefinition dataSource = beanFactory.getBeanDefinition(DATA_SOURCE);
		String[] dependsOn = dataSource.getDependsOn() == null ? new String[0] : dataSource.getDependsOn();
		String[] withSelf = Arrays.copyOf(dependsOn, dependsOn.length + 1);
		withSelf[dependsOn.length] = self;
		dataSource.setDependsOn(withSelf);
	}

	@Override
	public void destroy() throws SQLException {
		if (!inMemory() || pool == null) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
				pool.getPassword());
				Statement statement = connection.createStatement()) {
			statement.execute("SHUTDOWN");
		}
	}

	private boolean inMemory() {
		return h2InMemory;
	}

	private String beanNameIn(ConfigurableListableBeanFactory beanFactory) {
		for (String name : beanFactory.getBeanNamesForType(InMemoryDatabaseRelease.class, true, false)) {
			return name;
		}
		throw new IllegalStateException("InMemoryDatabaseRelease is not a bean of its context");
	}

}
