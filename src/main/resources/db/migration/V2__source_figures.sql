-- Figures an imported source states about a researcher (OpenAlex summary_stats, counts_by_year, topics),
-- kept apart from Peerscope's own figures so pages can show both and explain where they differ.
create table researcher_source_figures (
    researcher_id           bigint not null references researchers (id) on delete cascade,
    source                  text not null check (source in ('openalex')),
    source_date             date not null,
    works_count             integer check (works_count >= 0),
    cited_by_count          bigint check (cited_by_count >= 0),
    h_index                 integer check (h_index >= 0),
    i10_index               integer check (i10_index >= 0),
    two_year_mean_citedness double precision check (two_year_mean_citedness >= 0),
    -- [{"year": 2024, "works_count": 3, "cited_by_count": 41}, ...]
    counts_by_year          jsonb not null default '[]' check (jsonb_typeof(counts_by_year) = 'array'),
    -- [{"id": "T10001", "display_name": "...", "count": 12}, ...]
    topics                  jsonb not null default '[]' check (jsonb_typeof(topics) = 'array'),
    primary key (researcher_id, source)
);
