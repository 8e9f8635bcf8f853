package org.peerscope.researcher;

import java.util.List;

/**
 * A glimpse of a researcher's neighbourhood in the research graph: the closest
 * collaborators, the institutions they work at and the researcher's main topics.
 */
public record GraphTeaser(List<Link> collaborators, List<Link> institutions, List<Link> topics) {

	public GraphTeaser {
		collaborators = List.copyOf(collaborators);
		institutions = List.copyOf(institutions);
		topics = List.copyOf(topics);
	}

	public boolean isEmpty() {
		return this.collaborators.isEmpty() && this.institutions.isEmpty() && this.topics.isEmpty();
	}

	/**
	 * @param weight shared works (collaborators), collaborators there (institutions), or
	 * works (topics)
	 */
	public record Link(String key, String name, int weight) {

	}

}
