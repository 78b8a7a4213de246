package dk.aarshjul.overview;

import dk.aarshjul.system.PostgresTest;

@PostgresTest
class OverviewPostgresBenchmark extends OverviewBenchmark {

	@Override
	String database() {
		return "postgresql";
	}

}
