package org.peerscope.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TexTextTest {

	@Test
	void turnsTexAccentsIntoUnicode() {
		assertThat(TexText.clean("C. Bal\\'azs")).isEqualTo("C. Balázs");
		assertThat(TexText.clean("Bal\\'{a}zs and {\\'a}")).isEqualTo("Balázs and á");
		assertThat(TexText.clean("Gr\\\"obner, Erd\\H{o}s, \\v{C}ech, \\v Cech, Fran\\c{c}ois"))
			.isEqualTo("Gröbner, Erdős, Čech, Čech, François");
		assertThat(TexText.clean("{\\\"U}ber M\\`ege \\^etre \\~nino \\u{g} \\k{a} \\r{A}ngstr\\\"om"))
			.isEqualTo("Über Mège être ñino ğ ą Ångström");
		assertThat(TexText.clean("Stra{\\ss}e, {\\o}re, \\L{}\\'od\\'z, {\\aa}se, Pa\\'{\\i}s"))
			.isEqualTo("Straße, øre, Łódź, åse, País");
	}

	@Test
	void leavesMathematicsAndOtherTexAlone() {
		assertThat(TexText.clean("for $n \\ge 3$ and $\\omega \\le \\lambda$, $\\alpha_{i}$"))
			.isEqualTo("for $n \\ge 3$ and $\\omega \\le \\lambda$, $\\alpha_{i}$");
		assertThat(TexText.clean("the $(k,\\ell)$-pebble game")).isEqualTo("the $(k,\\ell)$-pebble game");
	}

	@Test
	void normalisesWhitespace() {
		assertThat(TexText
			.clean("  Calculation of prompt diphoton production cross sections at Tevatron and\n  LHC energies\n"))
			.isEqualTo("Calculation of prompt diphoton production cross sections at Tevatron and LHC energies");
		assertThat(TexText.clean(null)).isNull();
	}

}
