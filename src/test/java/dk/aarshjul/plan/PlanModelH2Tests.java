package dk.aarshjul.plan;

import dk.aarshjul.system.H2Test;

@H2Test
class PlanModelH2Tests extends PlanModelTests {

}
