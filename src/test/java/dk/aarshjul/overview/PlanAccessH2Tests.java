package dk.aarshjul.overview;

import dk.aarshjul.system.H2Test;

@H2Test
class PlanAccessH2Tests extends PlanAccessTests {

}
