package org.peerscope.config;

import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Room in Thymeleaf's expression cache for every expression the templates hold. The
 * default (500) is fewer than the pages use together, so under load expressions were
 * evicted and parsed again every few requests (32 concurrent uncached profile pages at 1M
 * works: about 210 a second with the default, about 300 with this size).
 */
@Configuration(proxyBeanMethods = false)
class TemplateEngineConfig {

	/**
	 * Expressions kept: parsed Thymeleaf and compiled Spring EL ones, several per line.
	 */
	static final int EXPRESSION_CACHE_SIZE = 20_000;

	@Bean
	static BeanPostProcessor templateEngineExpressionCache() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					StandardCacheManager caches = new StandardCacheManager();
					caches.setExpressionCacheMaxSize(EXPRESSION_CACHE_SIZE);
					engine.setCacheManager(caches);
				}
				return bean;
			}

		};
	}

}
