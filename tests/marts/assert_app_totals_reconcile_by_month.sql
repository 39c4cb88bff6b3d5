{#
    A reconciliation the change sets cannot fool (decision 39): on every
    build, full or daily, whole tables, whatever the build thinks changed.
    Per app table and month, the live app rows against the rows the base
    model holds alive (staged or quarantined: a row the feed missed, a
    delete not applied); then, for the actuals, the live valid hours of
    staging against every layer that sums them (the monthly people mart
    stands for the daily grain it is summed from: a stale day shows there),
    and the priced money against the forecast's. One row per
    table, layer, month and measure that disagrees, with the size of the
    gap; stored in quality.dq_reconciliation_gaps, where `headroom daily`
    reads it for its alert.
#}
{#- stored on PostgreSQL, where the daily job reads them; on Spark a second
    build cannot recreate the stored table over its old location -#}
{{ config(
    store_failures=target.type == 'postgres',
    schema='quality',
    alias='dq_reconciliation_gaps',
) }}

with

{% set dated = [
    ('actuals', 'worked_on', 'hours'),
    ('allocations', 'starts_on', 'hours_per_day'),
    ('time_off', 'starts_on', 'hours_per_day'),
] %}

{% for table, day, hours in dated %}
    app_{{ table }} as (
        select
            {{ month_start_of(day) }} as month_start,
            count(*) as row_count,
            sum({{ hours }}) as hours
        from {{ source('app', table) }}
        where deleted_at is null
        group by 1
    ),

    -- one pass over the base model: the rows it holds alive (staged or
    -- quarantined, tombstones left out) and, of those, the valid ones
    base_{{ table }} as (
        select
            {{ month_start_of(day) }} as month_start,
            count(*) as row_count,
            sum({{ hours }}) as hours,
            sum(case when rejection_reason is null then {{ hours }} end)
                as valid_hours
        from {{ ref('base_app__' ~ table) }}
        where
            not is_deleted
            and rejection_reason is distinct from 'deleted_outright'
        group by 1
    ),
{% endfor %}

-- staging's live valid actuals: stg_app__actuals is a view of the valid
-- rows of base_app__actuals, read above in the same pass
staged as (
    select
        month_start,
        valid_hours as hours
    from base_actuals
),

priced as (
    select
        {{ month_start_of('worked_on') }} as month_start,
        sum(hours) as hours,
        sum(cost_usd) as cost_usd,
        sum(
            case
                when revenue_treatment = 'time_and_materials'
                    then revenue_usd
            end
        ) as hourly_revenue_usd
    from {{ ref('int_actuals_priced') }}
    group by 1
),

public_actuals as (
    select
        {{ month_start_of('worked_on') }} as month_start,
        sum(hours) as hours
    from {{ ref('fct_actuals') }}
    group by 1
),

member_months as (
    select
        month_start,
        sum(actual_hours) as hours
    from {{ ref('fct_member_utilization_monthly') }}
    group by 1
),

forecast as (
    select
        month_start,
        sum(actual_hours) as hours,
        sum(actual_cost_usd) as cost_usd,
        sum(
            case
                when revenue_treatment = 'time_and_materials'
                    then actual_revenue_usd
            end
        ) as hourly_revenue_usd
    from {{ ref('fct_revenue_forecast_monthly') }}
    group by 1
),

compared as (
    {% for table, day, hours in dated %}
        {% for measure in ['row_count', 'hours'] %}
            select
                'app.{{ table }}' as app_table,
                'base_app__{{ table }}' as layer,
                coalesce(app.month_start, base.month_start) as month_start,
                '{{ measure }}' as measure,
                coalesce(app.{{ measure }}, 0) as expected,
                coalesce(base.{{ measure }}, 0) as found
            from app_{{ table }} as app
            full outer join base_{{ table }} as base
                on app.month_start = base.month_start
            union all
        {% endfor %}
    {% endfor %}
    {% for layer, relation, measures in [
        ('int_actuals_priced', 'priced',
            ['hours']),
        ('fct_actuals', 'public_actuals', ['hours']),
        ('fct_member_utilization_monthly', 'member_months', ['hours']),
        ('fct_revenue_forecast_monthly', 'forecast', ['hours']),
    ] %}
        {% for measure in measures %}
            select
                'app.actuals' as app_table,
                '{{ layer }}' as layer,
                coalesce(staged.month_start, layer.month_start)
                    as month_start,
                '{{ measure }}' as measure,
                coalesce(staged.{{ measure }}, 0) as expected,
                coalesce(layer.{{ measure }}, 0) as found
            from staged
            full outer join {{ relation }} as layer
                on staged.month_start = layer.month_start
            union all
        {% endfor %}
    {% endfor %}
    -- the money the forecast carries from the priced actuals
    {% for measure in ['cost_usd', 'hourly_revenue_usd'] %}
        select
            'app.actuals' as app_table,
            'fct_revenue_forecast_monthly' as layer,
            coalesce(priced.month_start, forecast.month_start)
                as month_start,
            '{{ measure }}' as measure,
            coalesce(priced.{{ measure }}, 0) as expected,
            coalesce(forecast.{{ measure }}, 0) as found
        from priced
        full outer join forecast
            on priced.month_start = forecast.month_start
        {% if not loop.last %}union all{% endif %}
    {% endfor %}
),

final as (
    select
        app_table,
        layer,
        month_start,
        measure,
        expected,
        found,
        found - expected as gap
    from compared
    where expected <> found
)

select * from final
