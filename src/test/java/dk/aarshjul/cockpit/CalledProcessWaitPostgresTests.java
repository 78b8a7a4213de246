package dk.aarshjul.cockpit;

import dk.aarshjul.system.PostgresTest;

@PostgresTest
class CalledProcessWaitPostgresTests extends CalledProcessWaitTests {

}
