package org.peerscope.account;

import java.util.Map;

/**
 * A feature's part of the signed-in account page (the claim status, for one): the
 * attributes its fragment needs. The page includes the fragments by name.
 */
public interface AccountPageSection {

	Map<String, Object> attributes(AccountView account);

}
