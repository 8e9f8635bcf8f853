package org.peerscope.config;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.peerscope.test.ServerTest;
import org.webjars.WebJarVersionLocator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

@ServerTest
class TomcatSocketConfigTest {

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

	@Autowired
	ServerSocketProperties properties;

	@Test
	void theServerWritesThroughABufferOfTheConfiguredSize() {
		TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
		assertThat(server.getTomcat().getConnector().getProperty("socket.appWriteBufSize"))
			.isEqualTo(Long.toString(this.properties.writeBuffer().toBytes()));
	}

	@Test
	void aResponseLargerThanTheBufferArrivesWhole() throws Exception {
		String script = "/webjars/htmx.org/dist/htmx.min.js";
		byte[] expected = new ClassPathResource(new WebJarVersionLocator().fullPath("htmx.org", "dist/htmx.min.js"))
			.getContentAsByteArray();
		assertThat(expected.length).isGreaterThan((int) this.properties.writeBuffer().toBytes());
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + script)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(expected);
	}

}
