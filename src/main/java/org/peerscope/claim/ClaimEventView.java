package org.peerscope.claim;

import java.time.Instant;

public record ClaimEventView(long claimId, String event, String actor, String detail, Instant at) {

}
