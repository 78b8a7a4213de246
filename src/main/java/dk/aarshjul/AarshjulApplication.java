package dk.aarshjul;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AarshjulApplication {

	public static void main(String[] args) {
		SpringApplication.run(AarshjulApplication.class, args);
	}

}
