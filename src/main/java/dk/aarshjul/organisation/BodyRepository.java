package dk.aarshjul.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BodyRepository extends JpaRepository<Body, String> {

	List<Body> findAllByOrderByPosition();

	Optional<Body> findFirstByKindOrderByPosition(BodyKind kind);

	Optional<Body> findFirstByKindAndUnitId(BodyKind kind, String unitId);

}
