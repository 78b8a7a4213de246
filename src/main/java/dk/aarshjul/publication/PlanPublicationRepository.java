package dk.aarshjul.publication;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanPublicationRepository extends JpaRepository<PlanPublication, Long> {

	Optional<PlanPublication> findByBusinessKey(String businessKey);

	List<PlanPublication> findByPublishedAtIsNotNullAndWithdrawnAtIsNullOrderByBusinessKeyAsc();

}
