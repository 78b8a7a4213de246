package dk.aarshjul.work;

import dk.aarshjul.system.H2Test;

@H2Test
class WorkPageH2Tests extends WorkPageTests {

}
