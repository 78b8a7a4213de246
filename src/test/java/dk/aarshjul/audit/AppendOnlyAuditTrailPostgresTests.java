package dk.aarshjul.audit;

import dk.aarshjul.system.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PostgresTest
class AppendOnlyAuditTrailPostgresTests extends AppendOnlyAuditTrailTests {

	/** PostgreSQL can empty a table without touching its rows; that is refused too. */
	@Test
	void theDatabaseRefusesToEmptyTheTrail() {
		assertThatThrownBy(() -> jdbc.execute("truncate audit_entry"))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("Revisionssporet kan ikke ændres eller slettes");
	}

}
