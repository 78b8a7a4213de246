package dk.aarshjul.plan;

import dk.aarshjul.system.PostgresRepositoryTest;

@PostgresRepositoryTest
class PlanRepositoriesPostgresTests extends PlanRepositoriesTests {

}
