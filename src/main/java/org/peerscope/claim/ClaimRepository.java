package org.peerscope.claim;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimRepository extends JpaRepository<Claim, Long> {

	Optional<Claim> findByResearcherIdAndStatus(long researcherId, ClaimStatus status);

	List<Claim> findByAccountIdAndStatusIn(long accountId, List<ClaimStatus> statuses);

}
