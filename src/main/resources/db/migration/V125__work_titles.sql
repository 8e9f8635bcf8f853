-- Works by title. Title matches rank first, yet search found them through the index of titles and abstracts
-- together: a common word's entries there run to tens of thousands, and every candidate was read from the wide
-- works rows (about 1,300 bytes each). At 1,000,000 works that cost 30-90 ms for common words and quoted phrases.
-- This narrow table holds each work's title lexemes (the A-weighted part of works.search_vector, V70) and the
-- citations that order equal matches: its index is about a tenth of the size, and 1,000 candidates sit in a few
-- dozen pages. Triggers keep it in step with works, whichever path writes them.
create table work_titles (
    work_id        bigint   primary key references works (id) on delete cascade,
    title_vector   tsvector not null,
    cited_by_count integer  not null
);

insert into work_titles (work_id, title_vector, cited_by_count)
select id, ts_filter(search_vector, '{a}'), coalesce(cited_by_count, 0)
from works;

create index work_titles_search_idx on work_titles using gin (title_vector);
analyze work_titles;

create function work_titles_changed() returns trigger
    language plpgsql as $$
begin
    insert into work_titles (work_id, title_vector, cited_by_count)
    values (new.id, ts_filter(new.search_vector, '{a}'), coalesce(new.cited_by_count, 0))
    on conflict (work_id) do update
        set title_vector = excluded.title_vector, cited_by_count = excluded.cited_by_count;
    return null;
end
$$;

create trigger work_titles_inserted
    after insert on works
    for each row execute function work_titles_changed();

-- Imports rewrite unchanged rows too; only a new title or a new citation count is worth a write here.
create trigger work_titles_updated
    after update of title, cited_by_count on works
    for each row
    when (old.title is distinct from new.title or old.cited_by_count is distinct from new.cited_by_count)
    execute function work_titles_changed();
