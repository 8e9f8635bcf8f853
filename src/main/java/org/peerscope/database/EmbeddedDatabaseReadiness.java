package org.peerscope.database;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Holds back the data source until the embedded PostgreSQL, started in the background
 * while the context was being built, accepts connections.
 */
@Component
class EmbeddedDatabaseReadiness implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource) {
			EmbeddedPostgresServer.awaitReady();
		}
		return bean;
	}

}
