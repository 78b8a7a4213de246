package dk.aarshjul.journal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * An entry's document: its content as it stood at the decision (a {@link FinalDocument} as JSON),
 * fixed in the decision's transaction, and the PDF/A rendered from it once after the commit
 * ({@link RenderJournalDocument}), as it was hashed and delivered. Neither changes after that.
 */
@Entity
@Table(name = "journal_document")
public class JournalDocumentFile implements Persistable<Long> {

	@Id
	private Long entryId;

	private String content;

	private byte[] pdf;

	/** Its id is the entry's, so saving a new one must not first look for it (a merge would). */
	@Transient
	private boolean stored;

	protected JournalDocumentFile() {
	}

	JournalDocumentFile(Long entryId, String content) {
		this.entryId = entryId;
		this.content = content;
	}

	void rendered(byte[] rendered) {
		if (pdf != null) {
			throw new IllegalStateException("Journal document " + entryId + " is already rendered");
		}
		this.pdf = rendered;
	}

	@PostLoad
	@PostPersist
	void stored() {
		this.stored = true;
	}

	@Override
	public Long getId() {
		return entryId;
	}

	@Override
	public boolean isNew() {
		return !stored;
	}

	boolean isRendered() {
		return pdf != null;
	}

	public Long getEntryId() {
		return entryId;
	}

	String getContent() {
		return content;
	}

	/** The PDF/A, or null while it waits for its rendering job. */
	public byte[] getPdf() {
		return pdf;
	}

}
