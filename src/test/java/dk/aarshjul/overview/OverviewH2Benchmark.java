package dk.aarshjul.overview;

import dk.aarshjul.system.H2Test;

@H2Test
class OverviewH2Benchmark extends OverviewBenchmark {

	@Override
	String database() {
		return "h2";
	}

}
