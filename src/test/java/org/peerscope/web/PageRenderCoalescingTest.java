package org.peerscope.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests for a page nobody has kept, arriving while one request renders it, get that
 * render instead of rendering the page again, unless it cannot be kept.
 */
class PageRenderCoalescingTest {

	private final AnonymousPageCache cache = new AnonymousPageCache(new PageCacheProperties(true, Duration.ofMinutes(1),
			DataSize.ofMegabytes(1), DataSize.ofBytes(0), Duration.ofHours(24), null, false, 1, 0, 0), null);

	private final AnonymousPageCacheFilter filter = new AnonymousPageCacheFilter(this.cache);

	private final AtomicInteger renders = new AtomicInteger();

	private final CountDownLatch firstRenderStarted = new CountDownLatch(1);

	private final CountDownLatch firstRenderMayEnd = new CountDownLatch(1);

	private Thread first;

	@AfterEach
	void letTheFirstRenderEnd() throws InterruptedException {
		this.firstRenderMayEnd.countDown();
		if (this.first != null) {
			this.first.join(10_000);
		}
	}

	@Test
	void requestsArrivingDuringARenderGetItsPage() throws Exception {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		this.cache.bindTo(meters);
		MockHttpServletResponse firstResponse = startFirstRender(HttpServletResponse.SC_OK);
		MockHttpServletResponse[] waiting = new MockHttpServletResponse[3];
		Thread[] waiters = new Thread[waiting.length];
		for (int i = 0; i < waiting.length; i++) {
			waiting[i] = new MockHttpServletResponse();
			waiters[i] = request(waiting[i], HttpServletResponse.SC_OK);
		}
		for (Thread waiter : waiters) {
			awaitWaiting(waiter);
		}

		this.firstRenderMayEnd.countDown();
		this.first.join(10_000);
		for (Thread waiter : waiters) {
			waiter.join(10_000);
		}

		assertThat(this.renders).hasValue(1);
		assertThat(firstResponse.getContentAsString()).isEqualTo("render 1");
		for (MockHttpServletResponse response : waiting) {
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentAsString()).isEqualTo("render 1");
			assertThat(response.getHeader("X-Rendered-By")).isEqualTo("the application");
			assertThat(response.getHeader("ETag")).isEqualTo(firstResponse.getHeader("ETag"));
		}
		assertThat(meters.get("cache.joined.renders").functionCounter().count()).isEqualTo(3);
	}

	@Test
	void aPageThatIsNotKeptIsRenderedForEachRequest() throws Exception {
		MockHttpServletResponse firstResponse = startFirstRender(HttpServletResponse.SC_NOT_FOUND);
		MockHttpServletResponse second = new MockHttpServletResponse();
		Thread waiter = request(second, HttpServletResponse.SC_NOT_FOUND);
		awaitWaiting(waiter);

		this.firstRenderMayEnd.countDown();
		this.first.join(10_000);
		waiter.join(10_000);

		assertThat(this.renders).hasValue(2);
		assertThat(firstResponse.getContentAsString()).isEqualTo("render 1");
		assertThat(second.getStatus()).isEqualTo(404);
		assertThat(second.getContentAsString()).isEqualTo("render 2");
	}

	@Test
	void aRenderAcrossAChangeIsNotHandedOn() throws Exception {
		startFirstRender(HttpServletResponse.SC_OK);
		MockHttpServletResponse second = new MockHttpServletResponse();
		Thread waiter = request(second, HttpServletResponse.SC_OK);
		awaitWaiting(waiter);

		this.cache.dropAll();
		this.firstRenderMayEnd.countDown();
		this.first.join(10_000);
		waiter.join(10_000);

		assertThat(this.renders).hasValue(2);
		assertThat(second.getContentAsString()).isEqualTo("render 2");
		MockHttpServletResponse third = new MockHttpServletResponse();
		Thread afterwards = request(third, HttpServletResponse.SC_OK);
		afterwards.join(10_000);
		assertThat(this.renders).as("the second render, made after the change, was kept").hasValue(2);
		assertThat(third.getContentAsString()).isEqualTo("render 2");
	}

	/** The first request, whose render goes on until firstRenderMayEnd. */
	private MockHttpServletResponse startFirstRender(int status) throws InterruptedException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.first = request(response, status);
		assertThat(this.firstRenderStarted.await(10, TimeUnit.SECONDS)).isTrue();
		return response;
	}

	private Thread request(MockHttpServletResponse response, int status) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/researchers/ada-whitfield");
		FilterChain application = (req, res) -> {
			int render = this.renders.incrementAndGet();
			if (render == 1) {
				this.firstRenderStarted.countDown();
				awaitUninterruptibly(this.firstRenderMayEnd);
			}
			// What the security filters mark when they find an anonymous visitor.
			req.setAttribute(AnonymousPageCacheFilter.ANONYMOUS_ATTRIBUTE, true);
			HttpServletResponse http = (HttpServletResponse) res;
			http.setStatus(status);
			http.setContentType("text/html;charset=UTF-8");
			http.setHeader("X-Rendered-By", "the application");
			http.getOutputStream().write(("render " + render).getBytes(StandardCharsets.UTF_8));
		};
		Thread thread = new Thread(() -> {
			try {
				this.filter.doFilter(request, response, application);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		thread.start();
		return thread;
	}

	private static void awaitUninterruptibly(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Until the thread waits for the render under way (or has ended). */
	private static void awaitWaiting(Thread thread) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (thread.getState() != Thread.State.TIMED_WAITING && thread.isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertThat(thread.getState()).isEqualTo(Thread.State.TIMED_WAITING);
	}

}
