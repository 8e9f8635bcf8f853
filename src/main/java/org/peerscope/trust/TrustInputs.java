package org.peerscope.trust;

/**
 * Everything a researcher's trust score is computed from.
 *
 * @param verificationLevel 0–3, from the {@code researcher_verification} view
 * @param affiliationLastYear the last year of the current or latest affiliation, null
 * when open or unknown
 * @param institutionName the current or latest institution's name, for the evidence only;
 * may be null
 * @param verifiedCoauthors co-authors at level 2 or above
 * @param identifiedCoauthors co-authors at level 1
 * @param firstPublicationYear null when no work has a year
 * @param referenceYear the year the score is computed for (record age, current
 * affiliation)
 */
record TrustInputs(boolean claimed, int verificationLevel, boolean orcidConfirmed, boolean institutionEmailVerified,
		boolean reviewed, int openDisputes, boolean hasOrcid, boolean hasOpenalexId, Affiliation affiliation,
		Integer affiliationLastYear, String institutionName, int worksCount, int worksWithDoi, int coauthors,
		int verifiedCoauthors, int identifiedCoauthors, Integer firstPublicationYear, int referenceYear) {

	enum Affiliation {

		/** No institution known. */
		NONE,
		/** Only institutions the researcher has left. */
		PAST,
		/**
		 * A last-known institution, affiliated within the last two years or open-ended.
		 */
		CURRENT

	}

	/** The same inputs with claim state from elsewhere (the live view). */
	TrustInputs withClaimState(boolean claimed, int verificationLevel, boolean orcidConfirmed,
			boolean institutionEmailVerified, boolean reviewed, int openDisputes) {
		return new TrustInputs(claimed, verificationLevel, orcidConfirmed, institutionEmailVerified, reviewed,
				openDisputes, this.hasOrcid, this.hasOpenalexId, this.affiliation, this.affiliationLastYear,
				this.institutionName, this.worksCount, this.worksWithDoi, this.coauthors, this.verifiedCoauthors,
				this.identifiedCoauthors, this.firstPublicationYear, this.referenceYear);
	}

}
