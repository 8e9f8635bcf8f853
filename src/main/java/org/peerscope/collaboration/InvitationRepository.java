package org.peerscope.collaboration;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

	Optional<Invitation> findBySenderIdAndClientToken(long senderId, UUID clientToken);

}
