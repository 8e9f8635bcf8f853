-- More denormalised figures per researcher (see docs/metrics.md for every formula).
-- Null means "not defined for this researcher" (no work with two topics, no dated work, no topic), never zero.
alter table researcher_metrics
    add column works_with_doi       integer not null default 0 check (works_with_doi >= 0),
    add column works_with_two_topics integer not null default 0 check (works_with_two_topics >= 0),
    add column novel_works          integer not null default 0 check (novel_works >= 0),
    add column novelty_percent      double precision check (novelty_percent between 0 and 100),
    add column ai_score             double precision check (ai_score between 0 and 100),
    add column main_field           text check (length(main_field) <= 500),
    add check (works_with_doi <= works_count),
    add check (novel_works <= works_with_two_topics and works_with_two_topics <= works_count);

-- Topics that count as artificial intelligence / machine learning for the AI score: the OpenAlex subfields
-- Artificial Intelligence (1702) and Computer Vision and Pattern Recognition (1707), and the arXiv categories
-- cs.AI, cs.LG, cs.CL, cs.CV and stat.ML.
create view ai_topics as
select id
from topics
where subfield_name in ('Artificial Intelligence', 'Computer Vision and Pattern Recognition')
   or arxiv_category in ('cs.AI', 'cs.LG', 'cs.CL', 'cs.CV', 'stat.ML');

-- How common each pair of topics is across the whole catalogue, for the novelty figure: observed works with both
-- topics against the number expected if topics were combined at random; the least common tenth of all pair
-- occurrences are atypical. Rebuilt from work_topics by every recompute.
create table topic_pair_statistics (
    topic_a     bigint not null references topics (id) on delete cascade,
    topic_b     bigint not null references topics (id) on delete cascade,
    works       integer not null check (works >= 1),
    expected    double precision not null check (expected > 0),
    commonness  double precision not null check (commonness > 0),
    atypical    boolean not null,
    primary key (topic_a, topic_b),
    check (topic_a < topic_b)
);
