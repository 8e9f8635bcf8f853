package org.peerscope.web;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdFilterTest {

	@Test
	void aNewRequestIdIsARandomVersion4UuidAndDoesNotRepeat() {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 100_000; i++) {
			String id = RequestIdFilter.newRequestId();
			UUID parsed = UUID.fromString(id);
			assertThat(parsed.version()).isEqualTo(4);
			assertThat(parsed.variant()).isEqualTo(2);
			assertThat(parsed.toString()).isEqualTo(id);
			ids.add(id);
		}
		assertThat(ids).hasSize(100_000);
	}

}
