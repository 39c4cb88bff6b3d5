-- A parent of the rows: member 2's rate goes from 20 to 30 at step 2.
select
    member_id,
    rate,
    cast(staged_at as timestamp with time zone) as staged_at
from (
    values
    (1, 10, '2026-01-10 00:00:00+00'),
    {% if var('step') >= 2 %}
        (2, 30, '2026-02-10 00:00:00+00')
    {% else %}
        (2, 20, '2026-01-10 00:00:00+00')
    {% endif %}
) as members (member_id, rate, staged_at)
