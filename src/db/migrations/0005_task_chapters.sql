-- Plans imported before chapters were derived: a task below a group row gets its top-level group
-- ("<no> <content>", at most 40 characters) as its chapter, like src/plans/import/task-chapters.ts.
WITH RECURSIVE chain AS (
  SELECT t.region_code, t.plan_id, t.id, t.no, t.parent_no, t.content, 0 AS depth
  FROM tasks t
  UNION ALL
  SELECT c.region_code, c.plan_id, c.id, p.no, p.parent_no, p.content, c.depth + 1
  FROM chain c
  JOIN tasks p ON p.region_code = c.region_code AND p.plan_id = c.plan_id AND p.no = c.parent_no
  WHERE c.depth < 20
),
roots AS (
  SELECT DISTINCT ON (region_code, id) region_code, id, no, content
  FROM chain ORDER BY region_code, id, depth DESC
),
grouped AS (
  SELECT t.region_code, t.id FROM tasks t
  WHERE t.parent_no IS NOT NULL
     OR EXISTS (SELECT 1 FROM tasks c WHERE c.region_code = t.region_code AND c.plan_id = t.plan_id AND c.parent_no = t.no)
)
UPDATE tasks t
SET chapter = btrim(r.no || ' ' || CASE
  WHEN char_length(regexp_replace(btrim(r.content), '\s+', ' ', 'g')) > 40
    THEN left(regexp_replace(btrim(r.content), '\s+', ' ', 'g'), 39) || '…'
  ELSE regexp_replace(btrim(r.content), '\s+', ' ', 'g') END)
FROM roots r, grouped g
WHERE t.chapter IS NULL AND r.region_code = t.region_code AND r.id = t.id
  AND g.region_code = t.region_code AND g.id = t.id;
