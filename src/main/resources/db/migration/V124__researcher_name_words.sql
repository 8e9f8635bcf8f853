-- Name search by words. Comparing what was typed with every candidate's whole names (pg_trgm word similarity on
-- researcher_search.search_names) cost about 10 ms for a common family name at 200,000 researchers: every one of
-- its ~2,000 bearers was re-checked by trigrams. Here each researcher's name words sit in a narrow table next to the
-- figures the ranking reads, indexed by word; typos are resolved against the (small) vocabulary of distinct words
-- first, so that a search reads only the index entries of the words it matches.

-- A word as search compares it: without the punctuation around it ("richter," in "Richter, Anna" is "richter").
create function search_word(word text) returns text
    language sql immutable strict parallel safe
    return regexp_replace(word, '^[^[:alnum:]]+|[^[:alnum:]]+$', '', 'g');

-- The words search matches a name by: every space-separated word of the normalised names, and each part of a
-- hyphenated one ("garcia-lopez" also as "garcia" and "lopez"). Words without a letter or digit are left out.
create function researcher_name_words_of(search_names text) returns setof text
    language sql immutable strict parallel safe
    as $$
        select distinct search_word(part)
        from unnest(string_to_array(search_names, ' ')) as whole (word),
             lateral (select whole.word union all select unnest(string_to_array(whole.word, '-'))) as parts (part)
        where part ~ '[[:alnum:]]'
    $$;

-- The word with two neighbouring letters swapped, each way it can be: "zhnag" -> {hznag, znhag, zhang, zhnga}.
-- Trigram similarity misses such a typo in a short word (they share 2 of 6 trigrams).
create function search_transpositions(word text) returns text[]
    language sql immutable strict parallel safe
    as $$
        select coalesce(array_agg(overlay(word placing substr(word, i + 1, 1) || substr(word, i, 1) from i for 2)),
                        '{}')
        from generate_series(1, char_length(word) - 1) as i
        where substr(word, i, 1) <> substr(word, i + 1, 1)
    $$;

create table researcher_name_words (
    word           text    not null,
    researcher_id  bigint  not null references researcher_search (researcher_id) on delete cascade,
    cited_by_count bigint  not null,
    works_count    integer not null,
    -- The first letters of the researcher's name words ("dz" for Dechen Zhang): the initials their names fit.
    initials       text    not null,
    -- Covering: a search reads the words' index entries only (index-only scans).
    primary key (word, researcher_id) include (cited_by_count, works_count, initials)
);
create index researcher_name_words_researcher_idx on researcher_name_words (researcher_id);

-- Every word some researcher is or was called: where typed words find their near spellings. Never pruned: a word
-- nobody bears any more costs one index probe that finds nothing.
create table researcher_name_vocabulary (
    word text primary key
);

with words as (
    select s.researcher_id, w.word
    from researcher_search s, researcher_name_words_of(s.search_names) as w (word)
),
initials as (
    select researcher_id, string_agg(distinct left(word, 1), '') as initials
    from words
    group by researcher_id
)
insert into researcher_name_words (word, researcher_id, cited_by_count, works_count, initials)
select w.word, w.researcher_id, s.cited_by_count, s.works_count, i.initials
from words w
join initials i on i.researcher_id = w.researcher_id
join researcher_search s on s.researcher_id = w.researcher_id;

insert into researcher_name_vocabulary (word)
select distinct word from researcher_name_words;

create index researcher_name_vocabulary_trgm_idx on researcher_name_vocabulary using gin (word public.gin_trgm_ops);
-- Planned without statistics, a search would read the whole word table instead of its index.
analyze researcher_name_words;
analyze researcher_name_vocabulary;

-- Search reads the words now.
drop index researcher_search_names_idx;

create function researcher_name_words_changed() returns trigger
    language plpgsql as $$
declare
    name_words    text[];
    name_initials text;
begin
    if tg_op = 'UPDATE' and new.search_names = old.search_names then
        if (new.cited_by_count, new.works_count) is distinct from (old.cited_by_count, old.works_count) then
            update researcher_name_words set cited_by_count = new.cited_by_count, works_count = new.works_count
            where researcher_id = new.researcher_id;
        end if;
        return null;
    end if;
    if tg_op = 'UPDATE' then
        delete from researcher_name_words where researcher_id = old.researcher_id;
    end if;
    name_words := array(select researcher_name_words_of(new.search_names));
    name_initials := (select coalesce(string_agg(distinct left(w.word, 1), ''), '') from unnest(name_words) as w (word));
    insert into researcher_name_words (word, researcher_id, cited_by_count, works_count, initials)
    select w.word, new.researcher_id, new.cited_by_count, new.works_count, name_initials
    from unnest(name_words) as w (word);
    insert into researcher_name_vocabulary (word)
    select w.word from unnest(name_words) as w (word)
    on conflict do nothing;
    return null;
end
$$;

-- Deleted researchers leave by the foreign key's cascade.
create trigger researcher_name_words
    after insert or update of search_names, cited_by_count, works_count on researcher_search
    for each row execute function researcher_name_words_changed();
