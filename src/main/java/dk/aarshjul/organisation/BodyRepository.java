package dk.aarshjul.organisation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BodyRepository extends JpaRepository<Body, String> {

	List<Body> findAllByOrderByPosition();

}
