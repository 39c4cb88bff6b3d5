-- The days of January to March 2026 with their ISO week's Monday.
select
    cast(calendar_on as date) as calendar_on,
    cast(date_trunc('week', calendar_on) as date) as week_start
from generate_series(
    cast('2026-01-01' as date), cast('2026-03-31' as date), interval '1 day'
) as days (calendar_on)
