{#
    An alert, not a stop: warns when the quarantine holds more than 5% of an
    app table's live rows. The build goes on (every refused row is in
    quality.dq_rejected_rows with its reason), but a share that large means
    the app or its import broke, and someone should look.
#}
{{ config(severity='warn') }}

with

counts as (
    {{ live_row_counts() }}
)

select
    source_table,
    live_source_rows,
    live_rejected_rows
from counts
where live_rejected_rows > 0.05 * live_source_rows
