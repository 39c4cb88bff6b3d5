-- The stamped rows an incremental model reads (a base model in the main
-- project: every row, deleted or not, with staged_at). Step 2 edits row 2
-- (2 h -> 5 h), soft-deletes row 3 and adds row 5, each stamped
-- 2026-02-10; rows 1 and 4 keep their stamps.
select
    id,
    member_id,
    cast(worked_on as date) as worked_on,
    hours,
    is_deleted,
    cast(null as text) as rejection_reason,
    cast(staged_at as timestamp with time zone) as staged_at
from (
    values
    (1, 1, '2026-01-05', 1, false, '2026-01-10 00:00:00+00'),
    {% if var('step') >= 2 %}
        (2, 1, '2026-01-06', 5, false, '2026-02-10 00:00:00+00'),
        (3, 2, '2026-01-07', 3, true, '2026-02-10 00:00:00+00'),
        (5, 1, '2026-02-04', 6, false, '2026-02-10 00:00:00+00'),
    {% else %}
        (2, 1, '2026-01-06', 2, false, '2026-01-10 00:00:00+00'),
        (3, 2, '2026-01-07', 3, false, '2026-01-10 00:00:00+00'),
    {% endif %}
    (4, 2, '2026-02-03', 4, false, '2026-01-10 00:00:00+00')
) as input_rows (
    id, member_id, worked_on, hours, is_deleted, staged_at
)
