package dk.aarshjul.overview;

import dk.aarshjul.system.PostgresTest;

@PostgresTest
class OverviewPagingPostgresTests extends OverviewPagingTests {

}
