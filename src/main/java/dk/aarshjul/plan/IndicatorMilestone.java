package dk.aarshjul.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A target on the way: where the indicator should be by a follow-up round before the final target's date. */
@Entity
public class IndicatorMilestone {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "indicator_id")
	private Indicator indicator;

	private LocalDate dueDate;

	private BigDecimal targetValue;

	protected IndicatorMilestone() {
	}

	IndicatorMilestone(Indicator indicator, LocalDate dueDate, BigDecimal targetValue) {
		this.indicator = indicator;
		this.dueDate = dueDate;
		this.targetValue = targetValue;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public BigDecimal getTargetValue() {
		return targetValue;
	}

}
