package dk.aarshjul.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import dk.aarshjul.plan.Indicator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * One measurement of an indicator, for a unit or (unit null) the whole municipality. Values are
 * only ever added: a corrected figure is a new value, so the record shows what was reported when,
 * by whom and from where.
 */
@Entity
public class IndicatorValue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "indicator_id")
	private Indicator indicator;

	private String unitId;

	private LocalDate measuredOn;

	/** The follow-up round the value was entered in; null for values that came in between rounds. */
	private LocalDate periodEnd;

	@Column(name = "measured_value")
	private BigDecimal value;

	private String source;

	@Enumerated(EnumType.STRING)
	private ValueOrigin origin;

	@Enumerated(EnumType.STRING)
	private Light proposedLight;

	@Enumerated(EnumType.STRING)
	private Light light;

	/** Why the reporter chose another light than the rule proposed. */
	private String lightReason;

	/** What is being done about a red light. */
	private String actionComment;

	private String recordedBy;

	private Instant recordedAt;

	protected IndicatorValue() {
	}

	IndicatorValue(Indicator indicator, String unitId, LocalDate measuredOn, LocalDate periodEnd, BigDecimal value,
			String source, ValueOrigin origin, Light proposedLight, Light light, String lightReason,
			String actionComment, String recordedBy, Instant recordedAt) {
		this.indicator = indicator;
		this.unitId = unitId;
		this.measuredOn = measuredOn;
		this.periodEnd = periodEnd;
		this.value = value;
		this.source = source;
		this.origin = origin;
		this.proposedLight = proposedLight;
		this.light = light;
		this.lightReason = lightReason;
		this.actionComment = actionComment;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return id;
	}

	public Indicator getIndicator() {
		return indicator;
	}

	public String getUnitId() {
		return unitId;
	}

	public LocalDate getMeasuredOn() {
		return measuredOn;
	}

	public LocalDate getPeriodEnd() {
		return periodEnd;
	}

	public BigDecimal getValue() {
		return value;
	}

	public String getSource() {
		return source;
	}

	public ValueOrigin getOrigin() {
		return origin;
	}

	public Light getProposedLight() {
		return proposedLight;
	}

	public Light getLight() {
		return light;
	}

	public String getLightReason() {
		return lightReason;
	}

	public String getActionComment() {
		return actionComment;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

}
