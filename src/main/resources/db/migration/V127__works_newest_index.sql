-- A topic's works, newest first: the topic page sorted all of a topic's works (48,000 in the 1M-works benchmark
-- corpus) to show twenty, 180 ms. With the works in date order, a large topic's first page walks this index and keeps
-- the works of the topic (2-4 ms there); the planner still sorts a small topic's few works instead. The expression is
-- the one TopicQueries.works orders by.
create index works_newest_idx
    on works ((coalesce(publication_date, make_date(publication_year, 1, 1))) desc nulls last, id desc);
