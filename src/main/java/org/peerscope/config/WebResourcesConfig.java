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
 * Pages link every static file (styles, scripts, images, WebJars) by a URL that carries a
 * hash of its content, so a browser keeps it for a year without asking again: a changed
 * file gets a new URL.
 */
@Configuration(proxyBeanMethods = false)
class WebResourcesConfig implements WebMvcConfigurer {

	private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		contentVersioned(registry, "/css/**", "classpath:/static/css/");
		contentVersioned(registry, "/js/**", "classpath:/static/js/");
		contentVersioned(registry, "/img/**", "classpath:/static/img/");
		// Version-less WebJar paths resolve through the WebJars locator the chain adds.
		contentVersioned(registry, "/webjars/**", "classpath:/META-INF/resources/webjars/");
	}

	private static void contentVersioned(ResourceHandlerRegistry registry, String pattern, String location) {
		registry.addResourceHandler(pattern)
			.addResourceLocations(location)
			.setCacheControl(CACHE)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
