package dk.aarshjul.system;

import org.springframework.test.context.TestPropertySource;

@PostgresTest
@TestPropertySource(properties = "aarshjul.test.context=upgrade")
class UpgradePostgresTests extends UpgradeTests {

}
