package dk.aarshjul.overview;

import dk.aarshjul.system.H2Test;

@H2Test
class OverviewPagingH2Tests extends OverviewPagingTests {

}
