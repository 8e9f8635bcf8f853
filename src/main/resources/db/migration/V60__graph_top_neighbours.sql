-- The research graph's precomputed neighbours of topics and institutions. A topic or an institution can have
-- hundreds of thousands of works and thousands of researchers, so its top ones (by weight) are kept here, updated
-- when the catalogue changes, instead of being sorted on every request. Researchers' and works' neighbours are read
-- straight from the catalogue and the metrics tables (coauthor_links, researcher_topics), which are already bounded
-- by the record's own degree.
create table graph_top_neighbours (
    owner_kind     text   not null check (owner_kind in ('topic', 'institution')),
    owner_id       bigint not null,
    neighbour_kind text   not null check (neighbour_kind in ('researcher', 'work', 'topic', 'institution')),
    neighbour_id   bigint not null,
    weight         double precision not null check (weight >= 0),
    primary key (owner_kind, owner_id, neighbour_kind, neighbour_id)
);
create index graph_top_neighbours_rank_idx
    on graph_top_neighbours (owner_kind, owner_id, neighbour_kind, weight desc, neighbour_id);
