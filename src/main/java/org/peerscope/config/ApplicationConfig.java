package org.peerscope.config;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

@Configuration(proxyBeanMethods = false)
class ApplicationConfig {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Each feature keeps its texts in {@code i18n/<feature>.properties}; all of them form
	 * one message source, so a feature adds texts without touching a shared file.
	 */
	@Bean
	MessageSource messageSource() throws IOException {
		Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
		String[] basenames = Arrays.stream(bundles)
			.map(Resource::getFilename)
			.filter(Objects::nonNull)
			.filter((name) -> !name.matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties"))
			.map((name) -> "classpath:i18n/" + name.substring(0, name.length() - ".properties".length()))
			.distinct()
			.sorted()
			.toArray(String[]::new);
		ReloadableResourceBundleMessageSource messageSource = new ReloadableResourceBundleMessageSource();
		messageSource.setBasenames(basenames);
		messageSource.setDefaultEncoding("UTF-8");
		messageSource.setFallbackToSystemLocale(false);
		return messageSource;
	}

}
