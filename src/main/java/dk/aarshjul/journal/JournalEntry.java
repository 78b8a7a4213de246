package dk.aarshjul.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One final document of a cycle with the metadata the case system files it under. Everything but
 * the hash and the delivery state is fixed when the entry is made; the hash is set once the PDF/A
 * has been rendered after the decision's commit. The document itself is a
 * {@link JournalDocumentFile} of its own, so lists of entries never load PDFs.
 */
@Entity
public class JournalEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** The entry's identity outside Årshjul: the case system may see a delivery twice and keep one. */
	private String uuid;

	private Long cycleId;

	private String businessKey;

	@Enumerated(EnumType.STRING)
	private JournalDocumentKind kind;

	private String subjectKey;

	private String title;

	private String description;

	private LocalDate decisionDate;

	private String decidedBy;

	private String municipality;

	private String planCode;

	private String planTitle;

	private int cycleYear;

	private String unitId;

	private String unitName;

	private String kle;

	private String sha256;

	private String fileName;

	private Instant producedAt;

	@Enumerated(EnumType.STRING)
	private JournalAdapterKind adapter;

	@Enumerated(EnumType.STRING)
	private JournalStatus status;

	private String reference;

	private Instant deliveredAt;

	private String deliveryInstanceId;

	protected JournalEntry() {
	}

	JournalEntry(FinalDocument document, String kle, String fileName, Instant producedAt, JournalAdapterKind adapter) {
		this.uuid = UUID.randomUUID().toString();
		this.cycleId = document.cycleId();
		this.businessKey = document.businessKey();
		this.kind = document.kind();
		this.subjectKey = document.subjectKey();
		this.title = document.title();
		this.description = document.description();
		this.decisionDate = document.decisionDate();
		this.decidedBy = document.decidedBy();
		this.municipality = document.municipality() == null ? "" : document.municipality();
		this.planCode = document.planCode();
		this.planTitle = document.planTitle();
		this.cycleYear = document.cycleYear();
		this.unitId = document.unitId();
		this.unitName = document.unitName();
		this.kle = kle;
		this.fileName = fileName;
		this.producedAt = producedAt;
		this.adapter = adapter;
		this.status = JournalStatus.PENDING;
	}

	void rendered(String pdfSha256) {
		this.sha256 = pdfSha256;
	}

	/** Whether its PDF/A exists: until then there is nothing to download or deliver. */
	boolean isRendered() {
		return sha256 != null;
	}

	void deliveryStarted(String processInstanceId) {
		this.deliveryInstanceId = processInstanceId;
	}

	boolean isSettled() {
		return status != JournalStatus.PENDING;
	}

	void delivered(JournalAdapterKind by, String reference, Instant at) {
		this.adapter = by;
		this.status = JournalStatus.DELIVERED;
		this.reference = reference;
		this.deliveredAt = at;
	}

	void kept(JournalAdapterKind by, Instant at) {
		this.adapter = by;
		this.status = JournalStatus.KEPT;
		this.deliveredAt = at;
	}

	public Long getId() {
		return id;
	}

	public String getUuid() {
		return uuid;
	}

	public Long getCycleId() {
		return cycleId;
	}

	public String getBusinessKey() {
		return businessKey;
	}

	public JournalDocumentKind getKind() {
		return kind;
	}

	public String getSubjectKey() {
		return subjectKey;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public LocalDate getDecisionDate() {
		return decisionDate;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public String getMunicipality() {
		return municipality;
	}

	public String getPlanCode() {
		return planCode;
	}

	public String getPlanTitle() {
		return planTitle;
	}

	public int getCycleYear() {
		return cycleYear;
	}

	public String getUnitId() {
		return unitId;
	}

	public String getUnitName() {
		return unitName;
	}

	public String getKle() {
		return kle;
	}

	public String getSha256() {
		return sha256;
	}

	public String getFileName() {
		return fileName;
	}

	public Instant getProducedAt() {
		return producedAt;
	}

	public JournalAdapterKind getAdapter() {
		return adapter;
	}

	public JournalStatus getStatus() {
		return status;
	}

	public String getReference() {
		return reference;
	}

	public Instant getDeliveredAt() {
		return deliveredAt;
	}

	public String getDeliveryInstanceId() {
		return deliveryInstanceId;
	}

}
