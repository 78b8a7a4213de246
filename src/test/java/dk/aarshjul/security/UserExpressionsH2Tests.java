package dk.aarshjul.security;

import dk.aarshjul.system.H2Test;

@H2Test
class UserExpressionsH2Tests extends UserExpressionsTests {

}
