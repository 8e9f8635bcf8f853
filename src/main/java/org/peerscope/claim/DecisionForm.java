package org.peerscope.claim;

import jakarta.validation.constraints.Size;
import org.peerscope.account.PlainText;

/** An admin's decision on a claim; rejecting needs a reason. */
record DecisionForm(@Size(max = 1000) @PlainText String reason, Boolean confirmIdentity) {

	static DecisionForm empty() {
		return new DecisionForm("", false);
	}

	boolean identityConfirmed() {
		return Boolean.TRUE.equals(this.confirmIdentity);
	}

}
