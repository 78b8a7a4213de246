package dk.aarshjul.organisation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The municipality's name as the organisation file gives it, for documents and public pages. */
@Component
public class MunicipalityName {

	private final MunicipalityRepository municipalities;

	MunicipalityName(MunicipalityRepository municipalities) {
		this.municipalities = municipalities;
	}

	/** The name, or {@code fallback} (the plan's own) before the organisation file has been loaded. */
	@Transactional(readOnly = true)
	public String orElse(String fallback) {
		return municipalities.findAll().stream().findFirst().map(Municipality::getName).orElse(fallback);
	}

}
