package dk.aarshjul.work;

import java.util.Set;
import java.util.stream.Collectors;

import dk.aarshjul.organisation.CamundaGroups;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Mine opgaver": where everyone lands after sign-in. */
@Controller
class WorkController {

	static final String PATH = "/mine-opgaver";

	private static final String GROUP = "GROUP_";

	private final MyWork work;

	WorkController(MyWork work) {
		this.work = work;
	}

	@GetMapping(PATH)
	String work(Authentication user, HttpServletRequest request, Model model) {
		Set<String> groups = user.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith(GROUP))
			.map(authority -> authority.substring(GROUP.length()))
			.collect(Collectors.toSet());
		model.addAttribute("work", work.of(user.getName(), groups, request.getContextPath()));
		model.addAttribute("processOwner", groups.contains(CamundaGroups.PROCESS_OWNERS));
		return "work";
	}

}
