{#
    month_slice_of_range: 20 January to 5 March 2026 clipped to each month
    it touches, by hand: 20-31 January, all of February, 1-5 March.
#}
with

months as (
    select cast(month_start as date) as month_start
    from (values ('2026-01-01'), ('2026-02-01'), ('2026-03-01')) as months (month_start)
),

actual as (
    select
        months.month_start,
        {{ month_slice_of_range(
            "cast('2026-01-20' as date)", "cast('2026-03-05' as date)"
        ) }}
    from months
),

expected as (
    select
        cast(month_start as date) as month_start,
        cast(first_day as date) as first_day,
        cast(last_day as date) as last_day
    from (
        values
        ('2026-01-01', '2026-01-20', '2026-01-31'),
        ('2026-02-01', '2026-02-01', '2026-02-28'),
        ('2026-03-01', '2026-03-01', '2026-03-05')
    ) as expected (month_start, first_day, last_day)
)

{{ rows_differ() }}
