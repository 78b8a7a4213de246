package dk.aarshjul.notification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

	List<Notification> findByTaskIdOrderById(String taskId);

	List<Notification> findByRecipientIdAndOnBehalfOf(String recipientId, String onBehalfOf);

}
