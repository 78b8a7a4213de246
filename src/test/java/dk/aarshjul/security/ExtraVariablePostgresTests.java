package dk.aarshjul.security;

import dk.aarshjul.system.PostgresTest;

@PostgresTest
class ExtraVariablePostgresTests extends ExtraVariableTests {

}
