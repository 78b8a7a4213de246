package dk.aarshjul.cockpit;

import dk.aarshjul.system.H2Test;

@H2Test
class CalledProcessWaitH2Tests extends CalledProcessWaitTests {

}
