package org.peerscope.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CachedPageTest {

	@Test
	void compressesTheBodyWhenFirstAskedAndKeepsThatCopy() throws IOException {
		byte[] body = "<p>Ada Whitfield · Sørensen</p>\n".repeat(200).getBytes(StandardCharsets.UTF_8);
		CachedPage page = page(body);

		byte[] compressed = page.gzipBody();

		assertThat(page.compressible()).isTrue();
		assertThat(compressed.length).isLessThan(body.length / 5);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			assertThat(in.readAllBytes()).isEqualTo(body);
		}
		assertThat(page.gzipBody()).isSameAs(compressed);
		assertThat(page.weight()).isGreaterThan(body.length + compressed.length);
	}

	@Test
	void sendsASmallBodyAsItIs() {
		CachedPage page = page("<p>short</p>".getBytes(StandardCharsets.UTF_8));

		assertThat(page.compressible()).isFalse();
		assertThat(page.weight()).isEqualTo(page.body().length + 512);
	}

	@Test
	void aPageReadBackCompressedInflatesToTheBodyThatWasKept() {
		Random random = new Random(7);
		for (int length : new int[] { 2048, 8191, 8192, 65_536, 65_537, 300_000 }) {
			byte[] text = "<li>Yufei H. Li · Sørensen · 引用</li>\n".repeat(length / 20)
				.substring(0, length / 3)
				.getBytes(StandardCharsets.UTF_8);
			byte[] noise = new byte[length];
			random.nextBytes(noise);
			for (byte[] body : List.of(text, noise)) {
				CachedPage kept = page(body);
				CachedPage readBack = CachedPage.compressed(PageScope.ANYONE, "text/html", Map.of(), kept.gzipBody(),
						body.length, "W/\"1\"", 0);
				assertThat(readBack.body()).isEqualTo(body);
			}
		}
	}

	@Test
	void aDamagedCompressedBodyIsRefusedRatherThanSent() {
		byte[] body = "<p>Ada Whitfield</p>\n".repeat(500).getBytes(StandardCharsets.UTF_8);
		byte[] compressed = page(body).gzipBody();
		int trailer = compressed.length - 8;
		for (int damagedAt : new int[] { 0, 3, compressed.length / 2, trailer, trailer + 4 }) {
			byte[] damaged = compressed.clone();
			damaged[damagedAt] ^= 0x5a;
			CachedPage readBack = CachedPage.compressed(PageScope.ANYONE, "text/html", Map.of(), damaged, body.length,
					"W/\"1\"", 0);
			assertThatExceptionOfType(CachedPage.DamagedBodyException.class).as("damaged at byte %d", damagedAt)
				.isThrownBy(readBack::body);
		}
		CachedPage cutShort = CachedPage.compressed(PageScope.ANYONE, "text/html", Map.of(),
				Arrays.copyOf(compressed, compressed.length / 2), body.length, "W/\"1\"", 0);
		assertThatExceptionOfType(CachedPage.DamagedBodyException.class).isThrownBy(cutShort::body);
	}

	@Test
	void pagesInflatedAtOnceOnManyThreadsEachGetTheirOwnBody() throws Exception {
		List<byte[]> bodies = IntStream.range(0, 64)
			.mapToObj((i) -> ("<p>page " + i + "</p>\n").repeat(400 + i).getBytes(StandardCharsets.UTF_8))
			.toList();
		List<byte[]> compressed = bodies.stream().map((body) -> page(body).gzipBody()).toList();
		ExecutorService threads = Executors.newFixedThreadPool(16);
		try {
			List<Future<Boolean>> checks = new ArrayList<>();
			for (int round = 0; round < 2000; round++) {
				int i = round % bodies.size();
				checks.add(threads.submit(() -> Arrays.equals(CachedPage
					.compressed(PageScope.ANYONE, "text/html", Map.of(), compressed.get(i), bodies.get(i).length,
							"W/\"1\"", 0)
					.body(), bodies.get(i))));
			}
			for (Future<Boolean> check : checks) {
				assertThat(check.get()).isTrue();
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static CachedPage page(byte[] body) {
		return new CachedPage(PageScope.ANYONE, "text/html;charset=UTF-8", Map.of("Vary", List.of("HX-Target")), body,
				"W/\"1\"", 0);
	}

}
