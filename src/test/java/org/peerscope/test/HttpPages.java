package org.peerscope.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Plain HTTP requests against the running test server, as a browser would send them.
 */
public final class HttpPages {

	private static final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private HttpPages() {
	}

	public static HttpResponse<String> get(int port, String path, String accept)
			throws IOException, InterruptedException {
		return send(port, HttpRequest.newBuilder(uri(port, path)).header("Accept", accept).GET());
	}

	public static HttpResponse<String> post(int port, String path) throws IOException, InterruptedException {
		return send(port,
				HttpRequest.newBuilder(uri(port, path))
					.header("Accept", "text/html")
					.POST(HttpRequest.BodyPublishers.noBody()));
	}

	private static HttpResponse<String> send(int port, HttpRequest.Builder request)
			throws IOException, InterruptedException {
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(int port, String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
