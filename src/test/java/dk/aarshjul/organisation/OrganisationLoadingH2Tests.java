package dk.aarshjul.organisation;

import dk.aarshjul.system.H2Test;

@H2Test
class OrganisationLoadingH2Tests extends OrganisationLoadingTests {

}
