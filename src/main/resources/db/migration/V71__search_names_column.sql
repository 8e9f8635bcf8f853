-- Researchers' normalised names stored rather than computed: a trigram index scan rechecks every candidate row,
-- and computing unaccent() there for thousands of namesakes costs far more than reading a stored column.
alter table researchers add column search_names text not null
    generated always as (researcher_search_names(display_name, alternative_names)) stored;
drop index researchers_search_names_idx;
create index researchers_search_names_idx on researchers using gin (search_names public.gin_trgm_ops);
