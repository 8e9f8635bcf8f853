-- Publication lists and the graph's top works read researcher_works (V120) in index order now; nothing reads the
-- works' sort keys through works_list_keys_idx (V110) any more, and every import would keep writing it.
drop index if exists works_list_keys_idx;
