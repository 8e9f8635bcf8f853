-- Search: researchers, institutions and topics by name (accent- and case-insensitive, typo tolerant, with
-- trigrams), works by title and abstract (full text). Every index follows from the catalogue by itself: nothing
-- to keep in sync on import.
--
-- The extensions go to schema public, whatever schema Peerscope's tables live in (a deployment may set
-- currentSchema), and every use below names that schema, so that queries do not depend on the search_path.
-- Both extensions are "trusted": a database owner without superuser rights may create them.
create extension if not exists unaccent with schema public;
create extension if not exists pg_trgm with schema public;

do $$
begin
    if (select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace
        where e.extname = 'unaccent') <> 'public'
       or (select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace
           where e.extname = 'pg_trgm') <> 'public' then
        raise exception 'Peerscope search needs the extensions unaccent and pg_trgm in schema public '
            '(alter extension ... set schema public)';
    end if;
end
$$;

-- The form of a name or a query that search compares: lower case, without accents ("Balázs" -> "balazs").
-- unaccent() is only stable (its dictionary could change); naming the dictionary makes this wrapper safe to
-- declare immutable, which index expressions need.
create function search_normalize(value text) returns text
    language sql immutable strict parallel safe
    return lower(public.unaccent('public.unaccent'::regdictionary, value));

-- Everything a researcher is called, normalised: the display name, then the alternative names.
create function researcher_search_names(display_name text, alternative_names text[]) returns text
    language sql immutable parallel safe
    return search_normalize(display_name || coalesce(' ' || array_to_string(alternative_names, ' '), ''));

create index researchers_search_names_idx on researchers
    using gin (researcher_search_names(display_name, alternative_names) public.gin_trgm_ops);
create index institutions_search_name_idx on institutions using gin (search_normalize(display_name) public.gin_trgm_ops);
create index topics_search_name_idx on topics using gin (search_normalize(display_name) public.gin_trgm_ops);

-- Full text of works: English stemming on unaccented words; the title weighs more than the abstract.
create text search configuration peerscope_search (copy = pg_catalog.english);
alter text search configuration peerscope_search
    alter mapping for hword, hword_part, word with public.unaccent, english_stem;

alter table works add column search_vector tsvector not null generated always as (
    setweight(to_tsvector('peerscope_search', title), 'A')
        || setweight(to_tsvector('peerscope_search', coalesce(abstract, '')), 'B')) stored;
create index works_search_idx on works using gin (search_vector);
