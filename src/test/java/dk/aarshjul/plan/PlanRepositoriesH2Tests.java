package dk.aarshjul.plan;

import dk.aarshjul.system.H2RepositoryTest;

@H2RepositoryTest
class PlanRepositoriesH2Tests extends PlanRepositoriesTests {

}
