package org.peerscope.claim;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.peerscope.account.PlainText;

/** What a claimed profile's owner edits about themselves. */
record OwnerProfileForm(Boolean openToCollaborate, @Size(max = 2000) @PlainText String bio,
		@Size(max = 500) @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$",
				message = "{validation.url}") String homepageUrl,
		@Size(max = 19) @Pattern(regexp = "^$|^\\s*[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9Xx]\\s*$",
				message = "{validation.orcid}") String orcid) {

	static OwnerProfileForm of(OwnerProfile profile) {
		String orcid = (profile.orcidUrl() != null) ? profile.orcidUrl().substring("https://orcid.org/".length()) : "";
		return new OwnerProfileForm(profile.openToCollaborate(), (profile.bio() != null) ? profile.bio() : "",
				(profile.homepageUrl() != null) ? profile.homepageUrl() : "", orcid);
	}

	boolean open() {
		return Boolean.TRUE.equals(this.openToCollaborate);
	}

	String bioOrNull() {
		return (this.bio == null || this.bio.isBlank()) ? null : this.bio.strip();
	}

	String homepageOrNull() {
		return (this.homepageUrl == null || this.homepageUrl.isBlank()) ? null : this.homepageUrl.strip();
	}

	String orcidUrlOrNull() {
		return (this.orcid == null || this.orcid.isBlank()) ? null
				: "https://orcid.org/" + this.orcid.strip().toUpperCase();
	}

}
