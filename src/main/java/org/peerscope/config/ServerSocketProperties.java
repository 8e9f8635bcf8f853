package org.peerscope.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the web server writes to its connections ({@code peerscope.server-socket.*}).
 *
 * @param writeBuffer the buffer a response goes through to its connection, one per open
 * connection: a page larger than it takes one system call per buffer's worth
 */
@ConfigurationProperties("peerscope.server-socket")
record ServerSocketProperties(@DefaultValue("32KB") DataSize writeBuffer) {

	ServerSocketProperties {
		if (writeBuffer.toBytes() < 1024 || writeBuffer.toBytes() > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("peerscope.server-socket.write-buffer must be between 1KB and 2GB");
		}
	}

}
