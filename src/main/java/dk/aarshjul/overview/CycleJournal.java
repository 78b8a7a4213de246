package dk.aarshjul.overview;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A cycle's journal entries, for its page (section "Journaliseret") and the download of each
 * entry's PDF. The journal feature implements it — it reads the plans' records, so the overview
 * cannot depend on it; without an implementation the section is left out.
 */
public interface CycleJournal {

	List<Line> lines(String businessKey);

	/** The entry's PDF/A, if the entry belongs to this cycle. */
	Optional<Document> document(String businessKey, long entryId);

	/**
	 * One entry: the document's title, when it was made, where it goes (in Danish), the case
	 * system's reference once it has one, and its status ({@code PENDING}, {@code DELIVERED},
	 * {@code FAILED}, {@code KEPT}: {@code journal.status.*} in messages.properties), with a
	 * Danish detail for a failure. {@code rendered} is whether its PDF exists yet (it is rendered
	 * after the decision has committed); until then there is nothing to link to.
	 */
	record Line(long id, String document, Instant producedAt, String where, String reference, String status,
			String detail, boolean rendered) {
	}

	record Document(String fileName, byte[] pdf) {
	}

}
