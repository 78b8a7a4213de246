package dk.aarshjul.system;

import org.springframework.test.context.TestPropertySource;

@H2Test
@TestPropertySource(properties = "aarshjul.test.context=upgrade")
class UpgradeH2Tests extends UpgradeTests {

}
