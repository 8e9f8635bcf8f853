-- Claim state as the trust engine sees it. This is the contract with the accounts feature: trust reads claims only
-- through this view, and the accounts feature replaces it (CREATE OR REPLACE VIEW, same columns in the same order)
-- with one computed from claims and disputes. Until then it is computed from the catalogue alone: nobody has claimed
-- anything, and a record with an OpenAlex id or an ORCID iD is at level 1.
create view researcher_verification as
select r.id                                                                  as researcher_id,
       false                                                                 as claimed,
       case when r.openalex_id is not null or r.orcid is not null then 1 else 0 end as verification_level,
       false                                                                 as orcid_confirmed,
       false                                                                 as institution_email_verified,
       false                                                                 as reviewed,
       0                                                                     as open_disputes
from researchers r;

-- What each researcher's trust score was computed from, and the score, for lists and sorting. The breakdown is
-- derived from these inputs by the same rules that computed the score (see docs/trust.md), so it always sums to it.
create table researcher_trust (
    researcher_id              bigint primary key references researchers (id) on delete cascade,
    score                      smallint not null check (score between 0 and 100),
    label                      text not null check (label in ('UNVERIFIED', 'EMERGING', 'VERIFIED', 'TRUSTED')),
    verification_level         smallint not null check (verification_level between 0 and 3),
    claimed                    boolean not null,
    orcid_confirmed            boolean not null,
    institution_email_verified boolean not null,
    reviewed                   boolean not null,
    open_disputes              integer not null check (open_disputes >= 0),
    has_orcid                  boolean not null,
    has_openalex_id            boolean not null,
    affiliation                text not null check (affiliation in ('NONE', 'PAST', 'CURRENT')),
    affiliation_last_year      smallint,
    works_count                integer not null check (works_count >= 0),
    works_with_doi             integer not null check (works_with_doi >= 0 and works_with_doi <= works_count),
    coauthors                  integer not null check (coauthors >= 0),
    verified_coauthors         integer not null check (verified_coauthors >= 0),
    identified_coauthors       integer not null check (identified_coauthors >= 0),
    first_publication_year     smallint,
    reference_year             smallint not null,
    computed_at                timestamptz not null default now(),
    check (verified_coauthors + identified_coauthors <= coauthors)
);
create index researcher_trust_score_idx on researcher_trust (score desc);
