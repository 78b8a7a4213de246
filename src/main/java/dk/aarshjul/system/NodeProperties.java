package dk.aarshjul.system;

import java.net.InetAddress;
import java.net.UnknownHostException;

import dk.aarshjul.engine.EngineNode;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which node of Årshjul this is ({@code aarshjul.node.id}, {@code AARSHJUL_NODE_ID}): the same
 * across restarts and different on every node sharing the database. Without a setting it is the
 * host name, which is both when each node runs on a host (or container) of its own.
 */
@ConfigurationProperties("aarshjul.node")
public record NodeProperties(String id) implements EngineNode {

	@Override
	public String nodeId() {
		if (id != null && !id.isBlank()) {
			return id.trim();
		}
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(
					"The host name is unknown; set AARSHJUL_NODE_ID to a name of this node, the same at every start", ex);
		}
	}

}
