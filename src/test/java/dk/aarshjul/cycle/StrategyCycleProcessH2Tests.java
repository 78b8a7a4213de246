package dk.aarshjul.cycle;

import dk.aarshjul.system.H2Test;

@H2Test
class StrategyCycleProcessH2Tests extends StrategyCycleProcessTests {

}
