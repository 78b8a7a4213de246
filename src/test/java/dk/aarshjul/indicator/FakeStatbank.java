package dk.aarshjul.indicator;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;

/** A local stand-in for Statistics Denmark's Statbank API: no network in tests. */
final class FakeStatbank implements AutoCloseable {

	private final HttpServer server;

	private final AtomicReference<String> lastRequest = new AtomicReference<>();

	private FakeStatbank(int status, String body) throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/v1/data", exchange -> {
			lastRequest.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			byte[] answer = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/csv; charset=utf-8");
			exchange.sendResponseHeaders(status, answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		});
		server.start();
	}

	static FakeStatbank answering(String csv) throws IOException {
		return new FakeStatbank(200, csv.replace("\n", "\r\n"));
	}

	static FakeStatbank failing(int status) throws IOException {
		return new FakeStatbank(status, "Service Unavailable");
	}

	URI url() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/");
	}

	String lastRequest() {
		return lastRequest.get();
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
