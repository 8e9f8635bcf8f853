package org.peerscope.work;

/**
 * One name in a byline as printed, linked to a researcher page when the author is in the
 * catalogue.
 *
 * @param researcherKey the author's public key, or null when not in the catalogue
 * @param highlighted whether this is the researcher whose list is being shown
 * @param afterGap whether names were left out just before this one
 */
public record AuthorCredit(int order, String name, String researcherKey, boolean highlighted, boolean afterGap) {

}
