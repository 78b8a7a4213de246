package dk.aarshjul.journal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry's PDF/A, as it was hashed and delivered. Never changed. */
@Entity
@Table(name = "journal_document")
public class JournalDocumentFile {

	@Id
	private Long entryId;

	private byte[] pdf;

	protected JournalDocumentFile() {
	}

	JournalDocumentFile(Long entryId, byte[] pdf) {
		this.entryId = entryId;
		this.pdf = pdf;
	}

	public Long getEntryId() {
		return entryId;
	}

	public byte[] getPdf() {
		return pdf;
	}

}
