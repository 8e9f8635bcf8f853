package org.peerscope.collaboration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CollaborationProperties.class)
class CollaborationConfig {

}
