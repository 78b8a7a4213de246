package dk.aarshjul.cycle;

import dk.aarshjul.system.PostgresTest;
import org.springframework.test.context.TestPropertySource;

@PostgresTest
@TestPropertySource(properties = "logging.level.root=WARN")
class CompletionPostgresBenchmark extends CompletionBenchmark {

	@Override
	String database() {
		return "postgresql";
	}

	@Override
	boolean onTwoNodes() {
		return true;
	}

}
