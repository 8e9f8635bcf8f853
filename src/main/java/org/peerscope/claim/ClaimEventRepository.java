package org.peerscope.claim;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimEventRepository extends JpaRepository<ClaimEvent, Long> {

}
