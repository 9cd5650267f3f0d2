-- Issue 12: indexes for the public read path, by hand (Payload's schema has no partial or trigram
-- indexes). Add to the next migration's `up` (and the drops to its `down`).

-- The count of every public list (`where _status = 'published'`) scans the whole table without it:
-- 13 ms at 10k posts, 2.3 ms with it (measured in the issue).
create index if not exists cchc_posts_published_idx on cchc_posts (id) where _status = 'published';
-- A public list, newest first, read straight off the index.
create index if not exists cchc_posts_published_at_published_idx on cchc_posts (published_at desc, id) where _status = 'published';
create index if not exists procedures_published_code_idx on procedures (code, id) where _status = 'published';

-- Searches match folded text (`search_text`, lowercase, no diacritics) with `contains`, which
-- Payload runs as ILIKE '%word%'; a trigram index serves LIKE and ILIKE alike (words of 3+ letters).
create extension if not exists pg_trgm;
create index if not exists procedures_search_text_trgm_idx on procedures using gin (search_text gin_trgm_ops);
create index if not exists cchc_posts_search_text_trgm_idx on cchc_posts using gin (search_text gin_trgm_ops);

-- down:
-- drop index if exists cchc_posts_search_text_trgm_idx;
-- drop index if exists procedures_search_text_trgm_idx;
-- drop index if exists procedures_published_code_idx;
-- drop index if exists cchc_posts_published_at_published_idx;
-- drop index if exists cchc_posts_published_idx;
