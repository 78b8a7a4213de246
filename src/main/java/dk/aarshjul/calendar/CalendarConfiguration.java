package dk.aarshjul.calendar;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(WorkingDayProperties.class)
class CalendarConfiguration {

	@Bean
	DanishWorkingDays danishWorkingDays(WorkingDayProperties properties) {
		return new DanishWorkingDays(properties.constitutionDayOff(), properties.christmasEveOff());
	}

}
