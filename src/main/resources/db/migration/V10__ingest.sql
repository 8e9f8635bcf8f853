-- Import bookkeeping: where each input file got to (so that a killed import resumes), which OpenAlex ids were
-- merged into which, and a fingerprint of the source record behind each catalogue row (so that re-importing the
-- same record is recognised as unchanged).

-- One row per input file of an import that has not finished; removed when the import completes.
create table ingest_file_progress (
    file_key   text primary key check (length(file_key) <= 4000),
    position   bigint not null check (position >= 0),
    updated_at timestamptz not null default now()
);

-- OpenAlex merged_ids: the record merged_id was merged into merge_into_id (the survivor).
create table openalex_merged_ids (
    entity        text not null check (entity in ('authors', 'works', 'institutions', 'sources', 'topics')),
    merged_id     text not null check (merged_id ~ '^[AWIST][0-9]+$'),
    merge_into_id text not null check (merge_into_id ~ '^[AWIST][0-9]+$'),
    merge_date    date,
    primary key (entity, merged_id)
);

alter table institutions add column source_hash bigint;
alter table sources add column source_hash bigint;
alter table topics add column source_hash bigint;
alter table researchers add column source_hash bigint;
alter table works add column source_hash bigint;
