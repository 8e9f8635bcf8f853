package org.peerscope.ratelimit;

import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Applies {@link RateLimited} to controller methods, and refuses to start when one names
 * a limit that is not configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class RateLimitConfig implements WebMvcConfigurer {

	private final RateLimiter limiter;

	RateLimitConfig(RateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws Exception {
				RateLimited limited = (handler instanceof HandlerMethod method) ? limitOf(method) : null;
				return limited == null || RateLimitConfig.this.limiter.admit(limited.value(), request, response);
			}
		});
	}

	@EventListener
	void checkLimitNames(ContextRefreshedEvent event) {
		RequestMappingHandlerMapping mapping = event.getApplicationContext()
			.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
		Set<String> unknown = new TreeSet<>();
		for (HandlerMethod method : mapping.getHandlerMethods().values()) {
			RateLimited limited = limitOf(method);
			if (limited != null && !this.limiter.hasLimit(limited.value())) {
				unknown.add(limited.value() + " (" + method.getShortLogMessage() + ")");
			}
		}
		if (!unknown.isEmpty()) {
			throw new IllegalStateException("@RateLimited names limits missing from peerscope.rate-limits.limits: "
					+ String.join(", ", unknown));
		}
	}

	static RateLimited limitOf(HandlerMethod method) {
		RateLimited onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RateLimited.class);
		return (onMethod != null) ? onMethod
				: AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RateLimited.class);
	}

}
