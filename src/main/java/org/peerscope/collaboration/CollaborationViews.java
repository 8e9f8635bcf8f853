package org.peerscope.collaboration;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the collaboration pages show. A null name is a deleted account.
 */
public final class CollaborationViews {

	private CollaborationViews() {
	}

	/** A topic or work an invitation can point at. */
	public record Pointer(String key, String title) {

	}

	/** The topics and works an invitation form offers. */
	public record InviteOptions(List<Pointer> topics, List<Pointer> works) {

	}

	public record InvitationSummary(long id, String subject, String otherName, String otherResearcherKey,
			InvitationStatus status, OffsetDateTime createdAt, Long threadId) {

	}

	public record ThreadSummary(long id, String subject, String otherName, String otherResearcherKey,
			OffsetDateTime lastActivity, long unread, boolean archived) {

	}

	public record Inbox(List<InvitationSummary> received, List<InvitationSummary> sent, List<ThreadSummary> threads,
			boolean archived) {

	}

	public record InvitationDetail(long id, String subject, List<TextSegment> message, String senderName,
			String senderResearcherKey, String recipientName, String recipientResearcherKey, InvitationStatus status,
			String declineNote, OffsetDateTime createdAt, OffsetDateTime decidedAt, Long threadId,
			boolean viewerIsRecipient, boolean senderBlocked, boolean reported, List<Pointer> topics,
			List<Pointer> works) {

	}

	public record MessageView(long id, String authorName, boolean mine, List<TextSegment> body,
			OffsetDateTime createdAt, boolean unread) {

	}

	/**
	 * One page of a thread's messages.
	 *
	 * @param olderBefore what to ask for as {@code before} to get the older page, null
	 * when there is none
	 * @param latest whether this is the latest page (else an older one)
	 */
	public record ThreadPage(long id, long invitationId, String subject, List<TextSegment> invitationMessage,
			String otherName, String otherResearcherKey, boolean archived, List<MessageView> messages, Long olderBefore,
			boolean latest) {

	}

	public record ReportView(long id, long invitationId, String subject, String message, String senderName,
			String senderEmail, String reporterName, String reason, String status, OffsetDateTime createdAt,
			boolean senderSuspended) {

	}

	/**
	 * An account whose invitations are suspended.
	 *
	 * @param reportedSubject the subject of the reported invitation, null when the report
	 * is gone
	 */
	public record SuspensionView(long accountId, String name, String email, OffsetDateTime since,
			String reportedSubject) {

	}

}
