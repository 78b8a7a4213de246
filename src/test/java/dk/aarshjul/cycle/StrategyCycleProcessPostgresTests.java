package dk.aarshjul.cycle;

import dk.aarshjul.system.PostgresTest;

@PostgresTest
class StrategyCycleProcessPostgresTests extends StrategyCycleProcessTests {

}
