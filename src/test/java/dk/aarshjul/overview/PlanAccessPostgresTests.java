package dk.aarshjul.overview;

import dk.aarshjul.system.PostgresTest;

@PostgresTest
class PlanAccessPostgresTests extends PlanAccessTests {

}
