-- Each researcher's works with the columns their publication list sorts and filters on. The list used to join every
-- authorship of the researcher to its work and sort them all to show twenty: for an author of 36,000 works (the
-- 1M-works benchmark corpus) that was 60 ms before any row was drawn. Here a page is an index range read in list
-- order and stopped at the page's end, whatever the researcher has. Kept with the other derived researcher figures
-- (metrics.ResearcherMetricsService) whenever works or authorships change.
create table researcher_works (
    researcher_id    bigint   not null references researchers (id) on delete cascade,
    work_id          bigint   not null references works (id) on delete cascade,
    -- The list's "newest first" key: the day, or the first of January of the year when only the year is known.
    sort_date        date,
    publication_year smallint,
    cited_by_count   integer  not null,
    work_type        text     not null
);

insert into researcher_works (researcher_id, work_id, sort_date, publication_year, cited_by_count, work_type)
select distinct on (a.researcher_id, a.work_id)
       a.researcher_id, w.id, coalesce(w.publication_date, make_date(w.publication_year, 1, 1)), w.publication_year,
       w.cited_by_count, w.work_type
from authorships a
join works w on w.id = a.work_id
where a.researcher_id is not null
order by a.researcher_id, a.work_id;

alter table researcher_works add primary key (researcher_id, work_id);
create index researcher_works_newest_idx
    on researcher_works (researcher_id, sort_date desc nulls last, work_id desc) include (publication_year, work_type);
create index researcher_works_most_cited_idx
    on researcher_works (researcher_id, cited_by_count desc, sort_date desc nulls last, work_id desc);
create index researcher_works_work_idx on researcher_works (work_id);
