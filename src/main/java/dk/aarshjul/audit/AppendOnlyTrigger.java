package dk.aarshjul.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2's guard of the audit trail: refuses every update and delete of an entry, whoever sends
 * it. The JPA mapping alone would not stop a hand-written SQL statement or a careless script;
 * PostgreSQL has the same guard as a PL/pgSQL trigger (see db/vendor/postgresql).
 */
public class AppendOnlyTrigger implements Trigger {

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("Revisionssporet kan ikke ændres eller slettes; en rettelse er en ny post.", "45000");
	}

}
