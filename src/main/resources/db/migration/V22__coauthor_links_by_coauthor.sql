-- A recompute deletes a batch's co-author links in both directions (researcher_id = any(...) or coauthor_id = any(...)):
-- without an index on coauthor_id that is a scan of the whole table per batch.
create index coauthor_links_coauthor_idx on coauthor_links (coauthor_id);
