package dk.aarshjul.settings;

import dk.aarshjul.system.PostgresTest;

@PostgresTest
class DigestMailPostgresTests extends DigestMailTests {

}
