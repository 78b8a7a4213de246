package dk.aarshjul.notification;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonAbsenceRepository extends JpaRepository<PersonAbsence, String> {
}
