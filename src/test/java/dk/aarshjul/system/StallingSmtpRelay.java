package dk.aarshjul.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands between the application and the SMTP server. Passing, it relays every connection;
 * stalled, it takes connections and says nothing, so the mail jobs that connect hang, locked,
 * as they would on a slow mail server — the moment a crash leaves mail jobs locked.
 */
final class StallingSmtpRelay implements AutoCloseable {

	private final ServerSocket server;

	private final int smtpPort;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private volatile boolean stalled;

	StallingSmtpRelay(int smtpPort) throws IOException {
		this.smtpPort = smtpPort;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		daemon(this::acceptConnections);
	}

	int port() {
		return server.getLocalPort();
	}

	void stall() {
		stalled = true;
	}

	void pass() {
		stalled = false;
	}

	private void acceptConnections() {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				sockets.add(client);
				daemon(() -> relay(client));
			}
			catch (IOException closed) {
				return;
			}
		}
	}

	private void relay(Socket client) {
		try {
			while (stalled && !server.isClosed()) {
				Thread.sleep(20);
			}
			Socket smtp = new Socket(InetAddress.getLoopbackAddress(), smtpPort);
			sockets.add(smtp);
			daemon(() -> copy(smtp, client));
			copy(client, smtp);
		}
		catch (IOException | InterruptedException gone) {
			closeQuietly(client);
		}
	}

	private static void copy(Socket from, Socket to) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			in.transferTo(out);
		}
		catch (IOException gone) {
			// one side hung up; closing both ends the other direction too
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
		}
	}

	private static void daemon(Runnable work) {
		Thread thread = new Thread(work, "stalling-smtp-relay");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ignored) {
			// already closed
		}
	}

	@Override
	public void close() throws IOException {
		server.close();
		sockets.forEach(StallingSmtpRelay::closeQuietly);
	}

}
