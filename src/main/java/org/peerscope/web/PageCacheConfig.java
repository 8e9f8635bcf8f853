package org.peerscope.web;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.peerscope.researcher.ResearcherProfile;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The cache of anonymous catalogue pages ({@link AnonymousPageCacheFilter}), on unless
 * {@code peerscope.page-cache.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "peerscope.page-cache.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(PageCacheProperties.class)
class PageCacheConfig implements WebMvcConfigurer {

	/** Names the researcher a page belongs to, so that their changes drop only it. */
	static final String RESEARCHER_ATTRIBUTE = PageCacheConfig.class.getName() + ".researcher";

	@Bean
	AnonymousPageCache anonymousPageCache(PageCacheProperties properties, ObjectProvider<MeterRegistry> meters) {
		AnonymousPageCache cache = new AnonymousPageCache(properties);
		meters.ifAvailable(cache::bindTo);
		return cache;
	}

	@Bean
	PageChangeListener pageChangeListener(JdbcConnectionDetails database, AnonymousPageCache cache,
			PageChanges changes) {
		return new PageChangeListener(database, cache, changes);
	}

	/** Right after the security filters, which establish who is asking. */
	@Bean
	FilterRegistrationBean<AnonymousPageCacheFilter> anonymousPageCacheFilter(AnonymousPageCache cache) {
		FilterRegistrationBean<AnonymousPageCacheFilter> registration = new FilterRegistrationBean<>(
				new AnonymousPageCacheFilter(cache));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView view) {
				if (view != null && view.getModel().get("profile") instanceof ResearcherProfile profile) {
					request.setAttribute(RESEARCHER_ATTRIBUTE, profile.id());
				}
			}
		});
	}

}
