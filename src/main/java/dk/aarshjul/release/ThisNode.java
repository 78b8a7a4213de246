package dk.aarshjul.release;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The node's name as the job executor knows it ({@code aarshjul.node.id}, else the host name; see
 * system.NodeProperties), read from the configuration here: the system package reaches, through
 * the four-eyes rules and the deadlines, the features whose migrations live here.
 */
@Component
class ThisNode {

	private final String configured;

	ThisNode(@Value("${aarshjul.node.id:}") String configured) {
		this.configured = configured;
	}

	String id() {
		if (configured != null && !configured.isBlank()) {
			return configured.trim();
		}
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("The host name is unknown; set AARSHJUL_NODE_ID", ex);
		}
	}

}
