package org.peerscope.collaboration;

/**
 * A piece of a message as the page shows it: plain text, or a link when {@code href} is
 * set. Templates print both with {@code th:text} / {@code th:href}, so nothing a person
 * wrote ever becomes markup.
 */
public record TextSegment(String text, String href) {

	public boolean link() {
		return this.href != null;
	}

}
