package dk.aarshjul.system;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.Repository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repositories read their query methods when first used, not before readiness
 * ({@code bootstrap-mode: lazy}): a query method Hibernate or Spring Data cannot read would then fail
 * a request in production instead of the start. Here every repository is created, as the first use
 * of each would, so such a method fails the build.
 */
@H2Test
class RepositoriesOnFirstUseTests {

	@Autowired
	ApplicationContext context;

	@Test
	void everyRepositoryReadsItsQueryMethods() {
		Map<String, Repository> repositories = context.getBeansOfType(Repository.class);

		assertThat(repositories).containsKeys("strategyCycleRepository", "unitRepository", "cockpitCycles",
				"indicatorValueRepository");
		assertThat(repositories).hasSizeGreaterThanOrEqualTo(26);
	}

}
