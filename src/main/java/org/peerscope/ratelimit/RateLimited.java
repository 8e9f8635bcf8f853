package org.peerscope.ratelimit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits how often one client may call a controller method (or every method of a
 * controller): {@code @RateLimited("invite")} draws on the limit named
 * {@code peerscope.rate-limits.limits.invite}, which must exist (the application does not
 * start otherwise). Over the limit the request is answered 429 with {@code Retry-After}
 * and the method is not called.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RateLimited {

	/** The name of the limit in {@code peerscope.rate-limits.limits}. */
	String value();

}
