package dk.aarshjul.system;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Lets every page say plainly when it runs as a demo. */
@ControllerAdvice
class DemoModeAdvice {

	private final boolean demo;

	DemoModeAdvice(Environment environment) {
		this.demo = environment.acceptsProfiles(Profiles.of("demo"));
	}

	@ModelAttribute("demo")
	boolean demo() {
		return demo;
	}

}
