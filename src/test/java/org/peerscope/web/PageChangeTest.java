package org.peerscope.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Page changes travel between app nodes as text, and what arrives on the channel that is
 * not one is ignored.
 */
class PageChangeTest {

	@Test
	void aChangeReadsBackAsItself() {
		assertThat(PageChange.parse(PageChange.researcher(42).text())).contains(PageChange.researcher(42));
		assertThat(PageChange.parse(PageChange.everything().text())).contains(PageChange.everything());
	}

	@Test
	void anythingElseIsNoChange() {
		assertThat(PageChange.parse("")).isEmpty();
		assertThat(PageChange.parse("researcher 42")).isEmpty();
		assertThat(PageChange.parse("**")).isEmpty();
	}

}
