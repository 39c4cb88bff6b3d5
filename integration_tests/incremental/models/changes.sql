-- A change set (int_changed_member_months in the main project), written
-- out by hand: at step 2, the days of the rows edited, deleted and added
-- (member 1 on 6 January and 4 February, member 2 on 7 January). Its
-- hooks record its clock, as the main project's change sets do, for the
-- period model to copy.
{{ config(
    pre_hook=[
        "{{ begin_increment([ref('input_rows'), ref('reference_versions')]) }}",
    ],
    post_hook=['{{ record_increment() }}'],
) }}

select
    member_id,
    cast(month_start as date) as month_start,
    cast(first_day as date) as first_day,
    cast(last_day as date) as last_day
from (
    values
    (1, '2026-01-01', '2026-01-06', '2026-01-06'),
    (1, '2026-02-01', '2026-02-04', '2026-02-04'),
    (2, '2026-01-01', '2026-01-07', '2026-01-07')
) as changes (member_id, month_start, first_day, last_day)
where {{ var('step') }} = 2
