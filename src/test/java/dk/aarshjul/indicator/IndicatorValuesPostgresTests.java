package dk.aarshjul.indicator;

import dk.aarshjul.system.PostgresTest;

@PostgresTest
class IndicatorValuesPostgresTests extends IndicatorValuesTests {

}
