-- Name search ranks every researcher whose names match (a common family name has thousands) by how well the name
-- matches, then by citations. Reading those from researchers (wide rows) and researcher_metrics (one index probe
-- per candidate) cost more than the matching itself; this narrow table holds what the ranking reads, next to the
-- name index. Triggers keep it in step with both tables, whichever path writes them (imports, COPY, recomputes).
create table researcher_search (
    researcher_id             bigint  primary key references researchers (id) on delete cascade,
    search_names              text    not null,
    display_name              text    not null,
    last_known_institution_id bigint,
    cited_by_count            bigint  not null default 0,
    works_count               integer not null default 0
);

insert into researcher_search (researcher_id, search_names, display_name, last_known_institution_id, cited_by_count,
                               works_count)
select r.id, r.search_names, r.display_name, r.last_known_institution_id, coalesce(m.cited_by_count, 0),
       coalesce(m.works_count, 0)
from researchers r
left join researcher_metrics m on m.researcher_id = r.id;

create index researcher_search_names_idx on researcher_search using gin (search_names public.gin_trgm_ops);
-- Search reads the names here now.
drop index researchers_search_names_idx;

create function researcher_search_names_changed() returns trigger
    language plpgsql as $$
begin
    insert into researcher_search (researcher_id, search_names, display_name, last_known_institution_id,
                                   cited_by_count, works_count)
    select new.id, new.search_names, new.display_name, new.last_known_institution_id,
           coalesce(m.cited_by_count, 0), coalesce(m.works_count, 0)
    from (select 1) one
    left join researcher_metrics m on m.researcher_id = new.id
    on conflict (researcher_id) do update
        set search_names = excluded.search_names, display_name = excluded.display_name,
            last_known_institution_id = excluded.last_known_institution_id;
    return null;
end
$$;

create trigger researcher_search_names
    after insert or update of display_name, alternative_names, last_known_institution_id on researchers
    for each row execute function researcher_search_names_changed();

create function researcher_search_figures_changed() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        update researcher_search set cited_by_count = 0, works_count = 0 where researcher_id = old.researcher_id;
    else
        update researcher_search set cited_by_count = new.cited_by_count, works_count = new.works_count
        where researcher_id = new.researcher_id
          and (cited_by_count, works_count) is distinct from (new.cited_by_count, new.works_count);
    end if;
    return null;
end
$$;

create trigger researcher_search_figures
    after insert or update of cited_by_count, works_count or delete on researcher_metrics
    for each row execute function researcher_search_figures_changed();
