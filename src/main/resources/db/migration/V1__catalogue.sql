-- The scholarly catalogue: who wrote what, where, about which topics.
-- Every external identifier is unique; public keys are what URLs use: the OpenAlex id when the record has one,
-- otherwise a key Peerscope assigns from a sequence (prefix P + the OpenAlex letter, so the two never collide).

create sequence institution_key_seq;
create sequence source_key_seq;
create sequence topic_key_seq;
create sequence researcher_key_seq;
create sequence work_key_seq;

create table institutions (
    id                  bigint generated always as identity primary key,
    public_key          text not null default ('PI' || nextval('institution_key_seq')) unique
                        check (public_key ~ '^(I|PI)[0-9]+$'),
    openalex_id         text unique check (openalex_id ~ '^I[0-9]+$'),
    ror                 text unique check (ror ~ '^0[a-z0-9]{6}[0-9]{2}$'),
    display_name        text not null check (length(btrim(display_name)) between 1 and 1000),
    country_code        text check (country_code ~ '^[A-Z]{2}$'),
    institution_type    text check (institution_type in ('education', 'healthcare', 'company', 'archive', 'nonprofit',
                                                         'government', 'facility', 'funder', 'other')),
    homepage_url        text check (length(homepage_url) <= 2000),
    homepage_domain     text check (homepage_domain = lower(homepage_domain) and length(homepage_domain) <= 253),
    source_updated_date date,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);
create index institutions_homepage_domain_idx on institutions (homepage_domain) where homepage_domain is not null;

create table sources (
    id                     bigint generated always as identity primary key,
    public_key             text not null default ('PS' || nextval('source_key_seq')) unique
                           check (public_key ~ '^(S|PS)[0-9]+$'),
    openalex_id            text unique check (openalex_id ~ '^S[0-9]+$'),
    issn_l                 text unique check (issn_l ~ '^[0-9]{4}-[0-9]{3}[0-9X]$'),
    display_name           text not null check (length(btrim(display_name)) between 1 and 1000),
    source_type            text check (length(source_type) <= 100),
    host_organization_name text check (length(host_organization_name) <= 1000),
    homepage_url           text check (length(homepage_url) <= 2000),
    source_updated_date    date,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now()
);

create table topics (
    id                  bigint generated always as identity primary key,
    public_key          text not null default ('PT' || nextval('topic_key_seq')) unique
                        check (public_key ~ '^(T|PT)[0-9]+$'),
    openalex_id         text unique check (openalex_id ~ '^T[0-9]+$'),
    arxiv_category      text unique check (arxiv_category ~ '^[a-z-]+(\.[A-Za-z-]+)?$'),
    display_name        text not null check (length(btrim(display_name)) between 1 and 500),
    description         text check (length(description) <= 5000),
    subfield_name       text check (length(subfield_name) <= 500),
    field_name          text check (length(field_name) <= 500),
    domain_name         text check (length(domain_name) <= 500),
    source_updated_date date,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);
create index topics_field_idx on topics (field_name);

create table researchers (
    id                        bigint generated always as identity primary key,
    public_key                text not null default ('PA' || nextval('researcher_key_seq')) unique
                              check (public_key ~ '^(A|PA)[0-9]+$'),
    openalex_id               text unique check (openalex_id ~ '^A[0-9]+$'),
    orcid                     text unique check (orcid ~ '^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$'),
    display_name              text not null check (length(btrim(display_name)) between 1 and 500),
    alternative_names         text[] not null default '{}' check (cardinality(alternative_names) <= 1000),
    open_to_collaborate       boolean not null default false,
    last_known_institution_id bigint references institutions (id) on delete set null,
    source_updated_date       date,
    created_at                timestamptz not null default now(),
    updated_at                timestamptz not null default now()
);
create index researchers_last_known_institution_idx on researchers (last_known_institution_id);

-- A researcher's affiliations over time; years are inclusive, either may be unknown.
create table researcher_affiliations (
    researcher_id  bigint not null references researchers (id) on delete cascade,
    institution_id bigint not null references institutions (id) on delete cascade,
    first_year     smallint check (first_year between 1500 and 2200),
    last_year      smallint check (last_year between 1500 and 2200),
    primary key (researcher_id, institution_id),
    check (first_year is null or last_year is null or first_year <= last_year)
);
create index researcher_affiliations_institution_idx on researcher_affiliations (institution_id, researcher_id);

create table researcher_topics (
    researcher_id bigint not null references researchers (id) on delete cascade,
    topic_id      bigint not null references topics (id) on delete cascade,
    work_count    integer not null check (work_count >= 0),
    share         real not null check (share >= 0 and share <= 1),
    primary key (researcher_id, topic_id)
);
create index researcher_topics_topic_idx on researcher_topics (topic_id, work_count desc);

create table works (
    id                  bigint generated always as identity primary key,
    public_key          text not null default ('PW' || nextval('work_key_seq')) unique
                        check (public_key ~ '^(W|PW)[0-9]+$'),
    openalex_id         text unique check (openalex_id ~ '^W[0-9]+$'),
    doi                 text unique check (doi ~ '^10\.[0-9]{4,9}/\S+$' and doi = lower(doi)),
    arxiv_id            text unique check (arxiv_id ~ '^([0-9]{4}\.[0-9]{4,5}|[a-z-]+(\.[A-Z]{2})?/[0-9]{7})$'),
    title               text not null check (length(btrim(title)) between 1 and 5000),
    work_type           text not null check (work_type in (
                            'article', 'preprint', 'book', 'book-chapter', 'dataset', 'dissertation', 'review',
                            'report', 'editorial', 'letter', 'erratum', 'paratext', 'peer-review', 'reference-entry',
                            'standard', 'grant', 'libguides', 'supplementary-materials', 'retraction', 'other')),
    publication_date    date,
    publication_year    smallint check (publication_year between 1500 and 2200),
    source_id           bigint references sources (id) on delete set null,
    venue_name          text check (length(venue_name) <= 2000),
    abstract            text check (length(abstract) <= 100000),
    language            text check (language ~ '^[a-z]{2,3}$'),
    cited_by_count      integer not null default 0 check (cited_by_count >= 0),
    source_updated_date date,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    check (publication_date is null or publication_year = extract(year from publication_date))
);
create index works_source_idx on works (source_id);
create index works_publication_year_idx on works (publication_year);

-- Citations a work received per calendar year (OpenAlex counts_by_year); years with none are absent.
create table work_citation_counts (
    work_id        bigint not null references works (id) on delete cascade,
    year           smallint not null check (year between 1500 and 2200),
    cited_by_count integer not null check (cited_by_count >= 0),
    primary key (work_id, year)
);

-- The byline of a work, in printed order. The printed name is kept whether or not the author is in the catalogue;
-- author_openalex_id lets an author imported later be linked to the authorships that already name them.
create table authorships (
    work_id            bigint not null references works (id) on delete cascade,
    author_order       smallint not null check (author_order >= 1),
    raw_author_name    text not null check (length(btrim(raw_author_name)) between 1 and 1000),
    researcher_id      bigint references researchers (id) on delete set null,
    author_openalex_id text check (author_openalex_id ~ '^A[0-9]+$'),
    author_position    text check (author_position in ('first', 'middle', 'last')),
    is_corresponding   boolean not null default false,
    primary key (work_id, author_order)
);
create index authorships_researcher_idx on authorships (researcher_id, work_id) where researcher_id is not null;
create index authorships_unlinked_author_idx on authorships (author_openalex_id)
    where researcher_id is null and author_openalex_id is not null;

create table authorship_institutions (
    work_id        bigint not null,
    author_order   smallint not null,
    institution_id bigint not null references institutions (id) on delete cascade,
    primary key (work_id, author_order, institution_id),
    foreign key (work_id, author_order) references authorships (work_id, author_order) on delete cascade
);
create index authorship_institutions_institution_idx on authorship_institutions (institution_id);

create table work_topics (
    work_id    bigint not null references works (id) on delete cascade,
    topic_id   bigint not null references topics (id) on delete cascade,
    score      real not null check (score >= 0 and score <= 1),
    is_primary boolean not null default false,
    primary key (work_id, topic_id)
);
create index work_topics_topic_idx on work_topics (topic_id, work_id);
create unique index work_topics_one_primary_idx on work_topics (work_id) where is_primary;

-- References and related works point at OpenAlex ids, which may or may not be in the catalogue yet.
create table work_references (
    work_id                bigint not null references works (id) on delete cascade,
    referenced_openalex_id text not null check (referenced_openalex_id ~ '^W[0-9]+$'),
    primary key (work_id, referenced_openalex_id)
);
create index work_references_referenced_idx on work_references (referenced_openalex_id);

create table related_works (
    work_id             bigint not null references works (id) on delete cascade,
    related_openalex_id text not null check (related_openalex_id ~ '^W[0-9]+$'),
    primary key (work_id, related_openalex_id)
);

-- Denormalised figures for fast pages, recomputed from works and authorships (see the metrics feature).
create table researcher_metrics (
    researcher_id            bigint primary key references researchers (id) on delete cascade,
    works_count              integer not null check (works_count >= 0),
    cited_by_count           bigint not null check (cited_by_count >= 0),
    h_index                  integer not null check (h_index >= 0 and h_index <= works_count),
    i10_index                integer not null check (i10_index >= 0 and i10_index <= works_count),
    two_year_mean_citedness  double precision not null check (two_year_mean_citedness >= 0),
    topic_count              integer not null check (topic_count >= 0),
    close_collaborator_count integer not null check (close_collaborator_count >= 0),
    first_publication_year   smallint,
    last_publication_year    smallint,
    computed_at              timestamptz not null default now()
);

create table researcher_yearly_counts (
    researcher_id  bigint not null references researchers (id) on delete cascade,
    year           smallint not null check (year between 1500 and 2200),
    works_count    integer not null check (works_count >= 0),
    cited_by_count bigint not null check (cited_by_count >= 0),
    primary key (researcher_id, year)
);

-- Co-authorship weights (shared works), stored in both directions so either side reads with one index range.
create table coauthor_links (
    researcher_id bigint not null references researchers (id) on delete cascade,
    coauthor_id   bigint not null references researchers (id) on delete cascade,
    shared_works  integer not null check (shared_works >= 1),
    primary key (researcher_id, coauthor_id),
    check (researcher_id <> coauthor_id)
);
create index coauthor_links_weight_idx on coauthor_links (researcher_id, shared_works desc);
