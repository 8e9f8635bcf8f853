package org.peerscope.web;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Map;

import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;

import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileCopyUtils;

/**
 * Templates are read as Spring Boot would read them ({@code spring.thymeleaf.*}), without
 * their indentation ({@link TemplateIndentation}). The bean takes the place of Boot's
 * resolver of the same name.
 */
@Configuration(proxyBeanMethods = false)
class TemplateConfig {

	@Bean
	SpringResourceTemplateResolver defaultTemplateResolver(ThymeleafProperties properties,
			ApplicationContext applicationContext) {
		SpringResourceTemplateResolver resolver = new IndentationStrippingResolver();
		resolver.setApplicationContext(applicationContext);
		resolver.setPrefix(properties.getPrefix());
		resolver.setSuffix(properties.getSuffix());
		resolver.setTemplateMode(properties.getMode());
		if (properties.getEncoding() != null) {
			resolver.setCharacterEncoding(properties.getEncoding().name());
		}
		resolver.setCacheable(properties.isCache());
		if (properties.getTemplateResolverOrder() != null) {
			resolver.setOrder(properties.getTemplateResolverOrder());
		}
		resolver.setCheckExistence(properties.isCheckTemplate());
		return resolver;
	}

	private static final class IndentationStrippingResolver extends SpringResourceTemplateResolver {

		@Override
		protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
				String template, String resourceName, String characterEncoding,
				Map<String, Object> templateResolutionAttributes) {
			return new StrippedResource(super.computeTemplateResource(configuration, ownerTemplate, template,
					resourceName, characterEncoding, templateResolutionAttributes));
		}

	}

	private record StrippedResource(ITemplateResource source) implements ITemplateResource {

		@Override
		public String getDescription() {
			return this.source.getDescription();
		}

		@Override
		public String getBaseName() {
			return this.source.getBaseName();
		}

		@Override
		public boolean exists() {
			return this.source.exists();
		}

		@Override
		public Reader reader() throws IOException {
			return new StringReader(TemplateIndentation.strip(FileCopyUtils.copyToString(this.source.reader())));
		}

		@Override
		public ITemplateResource relative(String relativeLocation) {
			return new StrippedResource(this.source.relative(relativeLocation));
		}

	}

}
