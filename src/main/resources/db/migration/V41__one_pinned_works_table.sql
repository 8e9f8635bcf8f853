-- Pinned works live in one table, researcher_pinned_works (V30), which the publication list reads; the owner's
-- page writes there too. The table V40 created for the same purpose goes, its rows moved over.
insert into researcher_pinned_works (researcher_id, work_id, position)
select researcher_id, work_id, position from pinned_works
on conflict do nothing;
drop table pinned_works;
