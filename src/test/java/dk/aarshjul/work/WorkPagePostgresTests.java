package dk.aarshjul.work;

import dk.aarshjul.system.PostgresTest;

@PostgresTest
class WorkPagePostgresTests extends WorkPageTests {

}
