package dk.aarshjul.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

interface MunicipalityRepository extends JpaRepository<Municipality, Integer> {

}
