package org.peerscope.account;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ AccountProperties.class, AdminProperties.class })
class AccountConfig {

}
