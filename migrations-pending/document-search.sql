-- The column's documents (issue 21): for the lead to fold into the schema migration after merging.
--
-- 1. Trigram indexes for the word search of /api/cchc-documents/search (the folded `search_text`
--    matched with ILIKE '%…%'), as src/db/searchIndexes.ts has for procedures and posts. Not added
--    to `searchIndexStatements` there: the shipped migration 20261129_120000_procedure_search runs
--    that list, and on a fresh database these tables do not exist yet at that point. Optional for a
--    commune's few hundred documents; the number search uses the btree index on `number_key`.
create extension if not exists pg_trgm;
create index if not exists cchc_documents_search_text_trgm_idx on cchc_documents using gin (search_text gin_trgm_ops);
create index if not exists procedure_announcements_search_text_trgm_idx on procedure_announcements using gin (search_text gin_trgm_ops);

-- 2. Backfill of the search keys that procedure-announcements gained (number_key, issuer_key,
--    search_text; set by src/hooks/setDocumentSearchKeys.ts on every save from now on), so that
--    decisions saved before this change are found too. The same folding as src/lib/foldVietnamese.ts
--    (lowercase, Vietnamese diacritics dropped, đ -> d, spaces squeezed) for NFC text, which is what
--    Payload stores; test/documents.test.ts checks that this gives what the hook gives.
update procedure_announcements set
  number_key = nullif(regexp_replace(btrim(regexp_replace(lower(translate(coalesce(number, ''), 'ÀÁÂÃÈÉÊÌÍÎÒÓÔÕÙÚÛÝàáâãèéêìíîòóôõùúûýĂăĔĕĨĩĬĭŎŏŨũŬŭŶŷƠơƯưṌṍṸṹẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹđĐ', 'AAAAEEEIIIOOOOUUUYaaaaeeeiiioooouuuyAaEeIiIiOoUuUuYyOoUuOoUuAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYydD')), '\s+', ' ', 'g')), '[^a-z0-9]', '', 'g'), ''),
  issuer_key = nullif(btrim(regexp_replace(lower(translate(coalesce(issuer, ''), 'ÀÁÂÃÈÉÊÌÍÎÒÓÔÕÙÚÛÝàáâãèéêìíîòóôõùúûýĂăĔĕĨĩĬĭŎŏŨũŬŭŶŷƠơƯưṌṍṸṹẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹđĐ', 'AAAAEEEIIIOOOOUUUYaaaaeeeiiioooouuuyAaEeIiIiOoUuUuYyOoUuOoUuAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYydD')), '\s+', ' ', 'g')), ''),
  search_text = btrim(regexp_replace(lower(translate(concat_ws(' ', nullif(number, ''), nullif(summary, ''), nullif(issuer, ''), nullif(signer, '')), 'ÀÁÂÃÈÉÊÌÍÎÒÓÔÕÙÚÛÝàáâãèéêìíîòóôõùúûýĂăĔĕĨĩĬĭŎŏŨũŬŭŶŷƠơƯưṌṍṸṹẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹđĐ', 'AAAAEEEIIIOOOOUUUYaaaaeeeiiioooouuuyAaEeIiIiOoUuUuYyOoUuOoUuAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYydD')), '\s+', ' ', 'g'))
where number_key is null or search_text is null;
