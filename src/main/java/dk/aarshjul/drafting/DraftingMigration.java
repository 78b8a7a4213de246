package dk.aarshjul.drafting;

import dk.aarshjul.release.ModelMigration;
import org.springframework.stereotype.Component;

/**
 * How running instances of DraftingProcess's model move to its newest version when a release starts
 * (release.ReleaseMigration). 1.0.0 → 1.1.0: the model is unchanged, every activity keeps its id
 * and maps to itself. Add here the mappings for an activity renamed or removed, and the conversion
 * of a variable renamed, when the model changes.
 */
@Component
class DraftingMigration implements ModelMigration {

	@Override
	public String processKey() {
		return DraftingProcess.KEY;
	}

}
