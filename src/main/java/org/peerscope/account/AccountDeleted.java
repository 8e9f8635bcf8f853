package org.peerscope.account;

/**
 * Published inside the transaction that deletes an account, before the row goes: features
 * holding data about the account (claims) tidy up in the same transaction.
 */
public record AccountDeleted(long accountId) {

}
