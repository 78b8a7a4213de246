package dk.aarshjul.cycle;

import dk.aarshjul.system.H2Test;
import org.springframework.test.context.TestPropertySource;

@H2Test
@TestPropertySource(properties = "logging.level.root=WARN")
class CompletionH2Benchmark extends CompletionBenchmark {

	@Override
	String database() {
		return "h2";
	}

}
