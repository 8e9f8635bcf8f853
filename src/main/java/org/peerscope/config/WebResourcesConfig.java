package org.peerscope.config;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files are served only from their own folders. Spring Boot's default handler
 * answers for {@code /**}, which makes every link a page renders ({@code /researchers/…},
 * {@code /works/…}) go through the resource chain and a class-path lookup that is never
 * cached for a miss: that cost a researcher page more than its database queries did.
 * Styles and scripts carry a content hash in their URLs, so they can be cached for long.
 */
@Configuration(proxyBeanMethods = false)
class WebResourcesConfig implements WebMvcConfigurer {

	private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		contentVersioned(registry, "css");
		contentVersioned(registry, "js");
		registry.addResourceHandler("/img/**")
			.addResourceLocations("classpath:/static/img/")
			.setCacheControl(CACHE)
			.resourceChain(true);
		// Version-less WebJar paths resolve through the WebJars locator the chain adds.
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(CACHE)
			.resourceChain(true);
	}

	private static void contentVersioned(ResourceHandlerRegistry registry, String folder) {
		registry.addResourceHandler("/" + folder + "/**")
			.addResourceLocations("classpath:/static/" + folder + "/")
			.setCacheControl(CACHE)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
