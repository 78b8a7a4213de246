package dk.aarshjul.indicator;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Values are added, never changed or removed (see {@link IndicatorValue}). */
public interface IndicatorValueRepository extends Repository<IndicatorValue, Long> {

	IndicatorValue save(IndicatorValue value);

	List<IndicatorValue> saveAll(Iterable<IndicatorValue> values);

	/** Every value of the given indicators, oldest measurement first: one statement for a whole plan. */
	@Query("select v from IndicatorValue v where v.indicator.id in :indicatorIds order by v.measuredOn, v.id")
	List<IndicatorValue> findByIndicatorIds(@Param("indicatorIds") Collection<Long> indicatorIds);

	long count();

}
