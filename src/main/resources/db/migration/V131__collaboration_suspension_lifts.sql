-- Suspensions an administrator lifted, for the record. collaboration_suspensions holds the current suspensions only
-- (one per account, its primary key, which every rule reads): lifting one moves its row here, with who lifted it
-- and when, so the account can be suspended again later.
create table collaboration_suspension_lifts (
    id           bigint generated always as identity primary key,
    account_id   bigint not null references accounts (id) on delete cascade,
    report_id    bigint references collaboration_reports (id) on delete set null,
    suspended_at timestamptz not null,
    lifted_by    bigint references accounts (id) on delete set null,
    lifted_at    timestamptz not null default now()
);
-- For the cascade when an account is deleted.
create index collaboration_suspension_lifts_account_idx on collaboration_suspension_lifts (account_id);
