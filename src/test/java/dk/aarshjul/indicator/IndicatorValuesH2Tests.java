package dk.aarshjul.indicator;

import dk.aarshjul.system.H2Test;

@H2Test
class IndicatorValuesH2Tests extends IndicatorValuesTests {

}
