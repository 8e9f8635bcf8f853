-- Accounts, claims of researcher records, follows, and the verification view that trust reads.

create table accounts (
    id                bigint generated always as identity primary key,
    email             text not null unique
                      check (email = lower(email) and length(email) <= 254 and email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    display_name      text not null check (length(btrim(display_name)) between 1 and 100),
    password_hash     text not null check (length(password_hash) between 1 and 500),
    role              text not null default 'USER' check (role in ('USER', 'ADMIN')),
    email_verified_at timestamptz,
    -- An ORCID iD proven through ORCID sign-in (OAuth), not merely typed.
    confirmed_orcid   text unique check (confirmed_orcid ~ '^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$'),
    created_at        timestamptz not null default now(),
    version           bigint not null default 0
);

-- One-time links sent by mail; only a hash of the token is stored.
create table account_tokens (
    token_hash text primary key check (length(token_hash) = 64),
    account_id bigint not null references accounts (id) on delete cascade,
    purpose    text not null check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now()
);
create index account_tokens_account_idx on account_tokens (account_id);

-- Follows: the primary key makes a repeated or concurrent follow a no-op, and follower counts are counted from
-- the rows, so they are exact whatever the interleaving.
create table follows (
    account_id    bigint not null references accounts (id) on delete cascade,
    researcher_id bigint not null references researchers (id) on delete cascade,
    created_at    timestamptz not null default now(),
    primary key (account_id, researcher_id)
);
create index follows_researcher_idx on follows (researcher_id);

create table claims (
    id              bigint generated always as identity primary key,
    -- Null once the claimant deleted their account (the claim is then unlinked; the audit log stays).
    account_id      bigint references accounts (id) on delete set null,
    researcher_id   bigint not null references researchers (id) on delete cascade,
    status          text not null check (status in ('PENDING', 'APPROVED', 'REJECTED', 'UNLINKED')),
    route           text not null check (route in ('INSTITUTION_EMAIL', 'ORCID', 'REVIEW')),
    -- 2: proven automatically (institution email domain, confirmed ORCID); 3: identity confirmed by an admin.
    level           smallint check (level in (2, 3)),
    evidence_orcid  text check (evidence_orcid ~ '^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$'),
    evidence_email  text check (length(evidence_email) <= 254),
    statement       text check (length(statement) <= 2000),
    decision_reason text check (length(decision_reason) <= 2000),
    decided_by      bigint references accounts (id) on delete set null,
    decided_at      timestamptz,
    created_at      timestamptz not null default now(),
    version         bigint not null default 0,
    check ((status = 'APPROVED') = (level is not null)),
    check (status <> 'APPROVED' or account_id is not null)
);
-- One account claims at most one researcher (a pending claim counts); one researcher has at most one owner.
create unique index claims_one_per_account_idx on claims (account_id) where status in ('PENDING', 'APPROVED');
create unique index claims_one_owner_per_researcher_idx on claims (researcher_id) where status = 'APPROVED';
create index claims_pending_idx on claims (created_at) where status = 'PENDING';
create index claims_researcher_idx on claims (researcher_id);

-- Every claim event, kept for good (the audit log).
create table claim_events (
    id         bigint generated always as identity primary key,
    claim_id   bigint not null references claims (id) on delete cascade,
    event      text not null check (event in ('SUBMITTED', 'AUTO_APPROVED', 'APPROVED', 'REJECTED', 'UNLINKED',
                                              'TRANSFERRED')),
    actor_id   bigint references accounts (id) on delete set null,
    detail     text check (length(detail) <= 2000),
    created_at timestamptz not null default now()
);
create index claim_events_claim_idx on claim_events (claim_id, id);

-- What a claimed profile's owner says about themselves.
create table researcher_owner_profiles (
    researcher_id bigint primary key references researchers (id) on delete cascade,
    bio           text check (length(bio) <= 2000),
    homepage_url  text check (length(homepage_url) <= 500 and homepage_url ~ '^https?://'),
    orcid_url     text check (length(orcid_url) <= 500 and orcid_url ~ '^https://orcid\.org/'),
    updated_at    timestamptz not null default now()
);

create table pinned_works (
    researcher_id bigint not null references researchers (id) on delete cascade,
    work_id       bigint not null references works (id) on delete cascade,
    position      smallint not null check (position between 1 and 5),
    primary key (researcher_id, work_id),
    unique (researcher_id, position)
);

-- "Not me": an owner disputes an authorship the catalogue gives them; it waits for review.
create table authorship_disputes (
    work_id       bigint not null references works (id) on delete cascade,
    researcher_id bigint not null references researchers (id) on delete cascade,
    account_id    bigint references accounts (id) on delete set null,
    status        text not null default 'OPEN' check (status in ('OPEN', 'ACCEPTED', 'DISMISSED')),
    created_at    timestamptz not null default now(),
    primary key (work_id, researcher_id)
);
create index authorship_disputes_open_idx on authorship_disputes (researcher_id) where status = 'OPEN';

-- The contract with the trust feature: claim state per researcher, exactly these columns in this order.
create or replace view researcher_verification as
select r.id                                                              as researcher_id,
       (c.id is not null)                                                as claimed,
       (case
            when c.level = 3 then 3
            when c.id is not null then 2
            when r.openalex_id is not null or r.orcid is not null then 1
            else 0
        end)::integer                                                    as verification_level,
       coalesce(c.route = 'ORCID' and a.confirmed_orcid = r.orcid, false) as orcid_confirmed,
       coalesce(c.route = 'INSTITUTION_EMAIL', false)                    as institution_email_verified,
       coalesce(c.decided_by is not null, false)                         as reviewed,
       (select count(*) from authorship_disputes d
        where d.researcher_id = r.id and d.status = 'OPEN')::integer     as open_disputes
from researchers r
left join claims c on c.researcher_id = r.id and c.status = 'APPROVED'
left join accounts a on a.id = c.account_id;
