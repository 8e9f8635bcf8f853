package org.peerscope.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat writes a response to its connection through a buffer of 8 KB by default, one
 * system call per buffer: a researcher page (about 58 KB) took eight. Through a buffer of
 * 32 KB a client without gzip got about a fifth more pages a second; 64 KB, or direct
 * buffers, no more than that (bench/results/2026-11-25-socket-write-buffer.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServerSocketProperties.class)
class TomcatSocketConfig {

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> socketWriteBuffer(
			ServerSocketProperties properties) {
		String size = Long.toString(properties.writeBuffer().toBytes());
		return (factory) -> factory.addConnectorCustomizers((connector) -> {
			if (!connector.setProperty("socket.appWriteBufSize", size)) {
				throw new IllegalStateException("Tomcat did not take socket.appWriteBufSize");
			}
		});
	}

}
