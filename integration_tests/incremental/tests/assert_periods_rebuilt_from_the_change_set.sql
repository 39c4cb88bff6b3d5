{#
    begin_period_increment, in_changed_periods and record_period_increment,
    held to rows worked out by hand. Step 1 (full): one row per member and
    day of priced_rows. Step 2: the change set lists member 1 on 6 January
    and 4 February and member 2 on 7 January: those days are deleted and
    read again (6 January now 5 h, 4 February new, 7 January gone), the
    others keep built_in_step 1. Step 3: the change set is empty, and
    member 2 is no longer live: its days are dropped.
#}
with

actual as (
    select member_id, worked_on, hours, built_in_step
    from {{ ref('member_day_hours') }}
),

expected as (
    select member_id, cast(worked_on as date) as worked_on, hours, built_in_step
    from (
        values
        {% if var('step') == 1 %}
            (1, '2026-01-05', 1, 1), (1, '2026-01-06', 2, 1),
            (2, '2026-01-07', 3, 1), (2, '2026-02-03', 4, 1)
        {% elif var('step') == 2 %}
            (1, '2026-01-05', 1, 1), (1, '2026-01-06', 5, 2),
            (1, '2026-02-04', 6, 2), (2, '2026-02-03', 4, 1)
        {% else %}
            (1, '2026-01-05', 1, 1), (1, '2026-01-06', 5, 2),
            (1, '2026-02-04', 6, 2)
        {% endif %}
    ) as expected (member_id, worked_on, hours, built_in_step)
)

{{ rows_differ() }}
