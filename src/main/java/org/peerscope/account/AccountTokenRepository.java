package org.peerscope.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, String> {

	@Modifying
	@Query("delete from AccountToken t where t.accountId = :accountId")
	void deleteByAccountId(long accountId);

}
