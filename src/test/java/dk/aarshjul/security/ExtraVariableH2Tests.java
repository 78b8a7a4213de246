package dk.aarshjul.security;

import dk.aarshjul.system.H2Test;

@H2Test
class ExtraVariableH2Tests extends ExtraVariableTests {

}
