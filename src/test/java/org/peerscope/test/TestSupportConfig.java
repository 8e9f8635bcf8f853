package org.peerscope.test;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.listener.DataSourceQueryCountListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfig {

	/** Counts the SQL statements each thread runs, for the query-count tests. */
	@Bean
	static BeanPostProcessor queryCountingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource
						&& !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource)
						.name("counted")
						.listener(new DataSourceQueryCountListener())
						.build();
				}
				return bean;
			}
		};
	}

	@Bean
	TestCatalog testCatalog(JdbcClient jdbc) {
		return new TestCatalog(jdbc);
	}

}
