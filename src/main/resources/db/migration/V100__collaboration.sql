-- Direct collaboration: invitations between claimed researchers, the threads they open, read state, blocks and
-- spam reports. Account references are "on delete set null" wherever the other participant must keep reading:
-- a null author or sender is shown as a deleted account.

create table collaboration_invitations (
    id                      bigint generated always as identity primary key,
    sender_id               bigint references accounts (id) on delete set null,
    recipient_id            bigint references accounts (id) on delete set null,
    -- The researcher record the invitation was sent to (the recipient's claimed profile at that moment).
    recipient_researcher_id bigint not null references researchers (id) on delete cascade,
    sender_researcher_id    bigint references researchers (id) on delete set null,
    subject                 text not null check (length(btrim(subject)) between 1 and 150),
    message                 text not null check (length(btrim(message)) between 1 and 4000),
    status                  text not null default 'PENDING' check (status in ('PENDING', 'ACCEPTED', 'DECLINED')),
    decline_note            text check (length(decline_note) <= 1000),
    -- Chosen by the sender's form: the same form sent twice is one invitation.
    client_token            uuid not null,
    created_at              timestamptz not null default now(),
    decided_at              timestamptz,
    version                 bigint not null default 0,
    check ((status = 'PENDING') = (decided_at is null)),
    check (status = 'DECLINED' or decline_note is null),
    check (sender_id is null or recipient_id is null or sender_id <> recipient_id),
    unique (sender_id, client_token)
);
-- At most one pending invitation between two accounts, whoever sent it.
create unique index collaboration_invitations_one_pending_per_pair_idx
    on collaboration_invitations (least(sender_id, recipient_id), greatest(sender_id, recipient_id))
    where status = 'PENDING';
create index collaboration_invitations_recipient_idx on collaboration_invitations (recipient_id, created_at desc);
create index collaboration_invitations_sender_idx on collaboration_invitations (sender_id, created_at desc);

-- Topics and works an invitation points at.
create table collaboration_invitation_topics (
    invitation_id bigint not null references collaboration_invitations (id) on delete cascade,
    topic_id      bigint not null references topics (id) on delete cascade,
    primary key (invitation_id, topic_id)
);
create table collaboration_invitation_works (
    invitation_id bigint not null references collaboration_invitations (id) on delete cascade,
    work_id       bigint not null references works (id) on delete cascade,
    primary key (invitation_id, work_id)
);

-- An accepted invitation opens one thread.
create table collaboration_threads (
    id            bigint generated always as identity primary key,
    invitation_id bigint not null unique references collaboration_invitations (id) on delete cascade,
    created_at    timestamptz not null default now()
);

-- Who may read a thread, and how far each has read. A deleted account's row goes; the other stays.
create table collaboration_participants (
    thread_id         bigint not null references collaboration_threads (id) on delete cascade,
    account_id        bigint not null references accounts (id) on delete cascade,
    last_read_message bigint not null default 0,
    archived_at       timestamptz,
    primary key (thread_id, account_id)
);
create index collaboration_participants_account_idx on collaboration_participants (account_id);

create table collaboration_messages (
    id           bigint generated always as identity primary key,
    thread_id    bigint not null references collaboration_threads (id) on delete cascade,
    author_id    bigint references accounts (id) on delete set null,
    body         text not null check (length(btrim(body)) between 1 and 4000),
    -- Chosen by the sender's form: a message sent twice (double click, retry) is stored once.
    client_token uuid not null,
    created_at   timestamptz not null default now(),
    unique (thread_id, author_id, client_token)
);
create index collaboration_messages_thread_idx on collaboration_messages (thread_id, id);

-- The blocker receives no more invitations from the blocked account.
create table collaboration_blocks (
    blocker_id bigint not null references accounts (id) on delete cascade,
    blocked_id bigint not null references accounts (id) on delete cascade,
    created_at timestamptz not null default now(),
    primary key (blocker_id, blocked_id),
    check (blocker_id <> blocked_id)
);

create table collaboration_reports (
    id            bigint generated always as identity primary key,
    invitation_id bigint not null references collaboration_invitations (id) on delete cascade,
    reporter_id   bigint references accounts (id) on delete set null,
    reason        text check (length(reason) <= 1000),
    status        text not null default 'OPEN' check (status in ('OPEN', 'DISMISSED', 'ACTED')),
    resolved_by   bigint references accounts (id) on delete set null,
    resolved_at   timestamptz,
    created_at    timestamptz not null default now(),
    unique (invitation_id, reporter_id),
    check ((status = 'OPEN') = (resolved_at is null))
);
create index collaboration_reports_open_idx on collaboration_reports (created_at) where status = 'OPEN';

-- Accounts an administrator stopped from sending invitations (after a spam report).
create table collaboration_suspensions (
    account_id bigint primary key references accounts (id) on delete cascade,
    report_id  bigint references collaboration_reports (id) on delete set null,
    created_at timestamptz not null default now()
);

-- Collaboration mails sent to an account per day (UTC), for the daily cap.
create table collaboration_mail_counts (
    account_id bigint not null references accounts (id) on delete cascade,
    day        date not null,
    sent       integer not null check (sent >= 0),
    primary key (account_id, day)
);
