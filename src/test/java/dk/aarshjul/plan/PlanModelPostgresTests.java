package dk.aarshjul.plan;

import dk.aarshjul.system.PostgresTest;

@PostgresTest
class PlanModelPostgresTests extends PlanModelTests {

}
