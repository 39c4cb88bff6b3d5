{#
    changed_periods at each grain, worked out by hand from the step-2
    change set (member 1 on Tuesday 6 January and Wednesday 4 February,
    member 2 on Wednesday 7 January): whole months, the ISO weeks holding
    the days (Monday to the next Monday), the days themselves; nothing
    when the change set is empty.
#}
with

actual as (
    {% for grain in ['month', 'week', 'day'] %}
        select '{{ grain }}' as grain, periods.*
        from ({{ changed_periods(
            ref('changes'), grain, 'member_id', calendar=ref('calendar'),
        ) }}) as periods
        {{ 'union all' if not loop.last }}
    {% endfor %}
),

expected as (
    select
        grain,
        key_id,
        cast(period_start as date) as period_start,
        cast(period_end as date) as period_end
    from (
        values
        ('month', 1, '2026-01-01', '2026-02-01'),
        ('month', 1, '2026-02-01', '2026-03-01'),
        ('month', 2, '2026-01-01', '2026-02-01'),
        ('week', 1, '2026-01-05', '2026-01-12'),
        ('week', 1, '2026-02-02', '2026-02-09'),
        ('week', 2, '2026-01-05', '2026-01-12'),
        ('day', 1, '2026-01-06', '2026-01-07'),
        ('day', 1, '2026-02-04', '2026-02-05'),
        ('day', 2, '2026-01-07', '2026-01-08')
    ) as expected (grain, key_id, period_start, period_end)
    where {{ var('step') }} = 2
)

{{ rows_differ() }}
