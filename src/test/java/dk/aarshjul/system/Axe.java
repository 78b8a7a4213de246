package dk.aarshjul.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * axe-core's WCAG 2.1 A and AA rules run on the page a {@link Browser} shows, and the check that
 * nothing sticks out sideways (WCAG's reflow): for a page's own browser test.
 */
public final class Axe {

	private static final String AXE = "classpath*:META-INF/resources/webjars/axe-core/*/axe.min.js";

	private final String script;

	private Axe(String script) {
		this.script = script;
	}

	public static Axe load() throws IOException {
		Resource[] found = new PathMatchingResourcePatternResolver().getResources(AXE);
		if (found.length != 1) {
			throw new IllegalStateException("axe-core is not on the test class path once: " + found.length);
		}
		try (InputStream source = found[0].getInputStream()) {
			return new Axe(new String(source.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	/** The rules broken, as "rule (help): element, element"; empty when the page passes. */
	@SuppressWarnings("unchecked")
	public List<String> violations(Browser browser) {
		browser.script(script);
		return (List<String>) browser.asyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(result => done(result.violations.map(v =>
				    v.id + ' (' + v.help + '): ' + v.nodes.map(node => node.target.join(' ')).join(', '))))
				  .catch(error => done(['axe failed: ' + error]));
				""");
	}

	/** The innermost elements past the window's right edge; empty when the page does not scroll sideways. */
	@SuppressWarnings("unchecked")
	public static List<String> sidewaysOverflow(Browser browser) {
		return (List<String>) browser.script("""
				const width = document.documentElement.clientWidth;
				if (document.documentElement.scrollWidth <= width) return [];
				return [...document.body.querySelectorAll('*')]
				  .filter(element => element.getBoundingClientRect().right > width + 1)
				  .filter(element => ![...element.children].some(child => child.getBoundingClientRect().right > width + 1))
				  .map(element => element.tagName.toLowerCase() + ' (' + Math.round(element.getBoundingClientRect().right) + ' px)');
				""");
	}

}
