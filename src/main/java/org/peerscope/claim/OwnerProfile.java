package org.peerscope.claim;

import java.util.List;
import java.util.Set;

/**
 * A claimed profile as its owner edits it.
 *
 * @param pinnedWorkKeys pinned works in their order (at most
 * {@link OwnerService#MAX_PINNED})
 * @param disputedWorkKeys works the owner flagged "not me", waiting for review
 */
public record OwnerProfile(long researcherId, String researcherKey, String displayName, boolean openToCollaborate,
		String bio, String homepageUrl, String orcidUrl, List<String> pinnedWorkKeys, Set<String> disputedWorkKeys) {

	public OwnerProfile {
		pinnedWorkKeys = List.copyOf(pinnedWorkKeys);
		disputedWorkKeys = Set.copyOf(disputedWorkKeys);
	}

}
