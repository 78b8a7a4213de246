package dk.aarshjul.deadline;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(DeadlineProperties.class)
class DeadlineConfiguration {
}
