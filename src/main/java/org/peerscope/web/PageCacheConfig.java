package org.peerscope.web;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.peerscope.graph.GraphSlice;
import org.peerscope.researcher.ResearcherProfile;
import org.peerscope.researcher.ResearcherProfileService;
import org.peerscope.work.WorkPage;
import org.peerscope.work.WorkPageService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
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

	/**
	 * Which changes outdate the page ({@link PageScope}); a page without it may show
	 * anything about anyone.
	 */
	static final String SCOPE_ATTRIBUTE = PageCacheConfig.class.getName() + ".scope";

	@Bean
	AnonymousPageCache anonymousPageCache(PageCacheProperties properties, ObjectProvider<MeterRegistry> meters) {
		AnonymousPageCache cache = new AnonymousPageCache(properties, properties.storing()
				? new PageStore(properties.storeDirectory(), properties.storeSize().toBytes()) : null);
		meters.ifAvailable(cache::bindTo);
		return cache;
	}

	@Bean
	@ConditionalOnProperty(name = "peerscope.page-cache.prerender", havingValue = "true", matchIfMissing = true)
	PagePrerenderer pagePrerenderer(AnonymousPageCache cache, ResearcherProfileService researchers,
			WorkPageService works, PageCacheProperties properties, ObjectProvider<MeterRegistry> meters,
			@Value("${server.address:127.0.0.1}") String address,
			@Value("${server.servlet.context-path:}") String contextPath) {
		String host = address.contains(":") ? "[" + address + "]" : address;
		List<PagePrerenderer.Section> sections = List.of(
				new PagePrerenderer.Section("researcher", "/researchers/", researchers::keysMostCitedFirst,
						Long.MAX_VALUE),
				new PagePrerenderer.Section("graph", "/api/graph/researchers/", researchers::keysMostCitedFirst,
						properties.prerenderGraphSlices()),
				new PagePrerenderer.Section("work", "/works/", works::keysMostCitedFirst, properties.prerenderWorks()));
		PagePrerenderer prerenderer = new PagePrerenderer(cache, sections, host, contextPath,
				properties.prerenderParallelism(), properties.storeTimeToLive().dividedBy(2));
		cache.whenEverythingDropped(prerenderer::requestPass);
		meters.ifAvailable(prerenderer::bindTo);
		return prerenderer;
	}

	@Bean
	PageChangeListener pageChangeListener(JdbcConnectionDetails database, AnonymousPageCache cache,
			PageChanges changes) {
		return new PageChangeListener(database, cache, changes);
	}

	/**
	 * Right before the security filters: a kept page goes out without them. Inside the
	 * session filter, so that a session a render starts shows.
	 */
	@Bean
	FilterRegistrationBean<AnonymousPageCacheFilter> anonymousPageCacheFilter(AnonymousPageCache cache) {
		FilterRegistrationBean<AnonymousPageCacheFilter> registration = new FilterRegistrationBean<>(
				new AnonymousPageCacheFilter(cache));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				// Inside the security filters, which have established who is asking.
				request.setAttribute(AnonymousPageCacheFilter.ANONYMOUS_ATTRIBUTE,
						AnonymousPageCacheFilter.anonymous());
				// A slice's nodes and edges are imported data (names, links, works and
				// figures recomputed on import): no follow or owner's edit shows in it.
				if (handler instanceof HandlerMethod method && method.getMethod().getReturnType() == GraphSlice.class) {
					request.setAttribute(SCOPE_ATTRIBUTE, PageScope.CATALOGUE);
				}
				return true;
			}

			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView view) {
				if (view == null) {
					return;
				}
				if (view.getModel().get("profile") instanceof ResearcherProfile profile) {
					request.setAttribute(SCOPE_ATTRIBUTE, PageScope.researcher(profile.id()));
				}
				else if (view.getModel().get("work") instanceof WorkPage) {
					request.setAttribute(SCOPE_ATTRIBUTE, PageScope.CATALOGUE);
				}
			}
		});
	}

}
