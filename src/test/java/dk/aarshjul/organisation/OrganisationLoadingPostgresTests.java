package dk.aarshjul.organisation;

import dk.aarshjul.system.PostgresTest;

@PostgresTest
class OrganisationLoadingPostgresTests extends OrganisationLoadingTests {

}
