package dk.aarshjul.settings;

import dk.aarshjul.system.H2Test;

@H2Test
class DigestMailH2Tests extends DigestMailTests {

}
