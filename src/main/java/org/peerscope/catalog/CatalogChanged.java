package org.peerscope.catalog;

import java.util.Collection;
import java.util.Set;

/**
 * Published after catalogue records were written (an import, the demo generator), so that
 * every feature keeping derived data (metrics, trust, co-author weights, search index)
 * can bring it up to date without the writer knowing those features. Listeners run in the
 * publisher's thread, after its transaction committed.
 *
 * @param researcherIds the researchers whose works, authorships or affiliations changed
 * @param wholeCatalogue whether the whole catalogue changed (a bulk load), in which case
 * {@code researcherIds} is empty and listeners refresh everything
 */
public record CatalogChanged(Set<Long> researcherIds, boolean wholeCatalogue) {

	public CatalogChanged {
		researcherIds = Set.copyOf(researcherIds);
	}

	public static CatalogChanged all() {
		return new CatalogChanged(Set.of(), true);
	}

	public static CatalogChanged researchers(Collection<Long> researcherIds) {
		return new CatalogChanged(Set.copyOf(researcherIds), false);
	}

}
