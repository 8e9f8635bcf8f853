-- Works a researcher (the owner of the claimed profile) pins to the top of their publication list, at most five.
-- Positions 1..5 are unique per researcher, which is what limits the count.
create table researcher_pinned_works (
    researcher_id bigint   not null references researchers (id) on delete cascade,
    work_id       bigint   not null references works (id) on delete cascade,
    position      smallint not null check (position between 1 and 5),
    pinned_at     timestamptz not null default now(),
    primary key (researcher_id, work_id),
    unique (researcher_id, position)
);
create index researcher_pinned_works_work_idx on researcher_pinned_works (work_id);
