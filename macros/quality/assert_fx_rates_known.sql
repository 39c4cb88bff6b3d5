{#
    Post-hook of int_fx_rates_monthly: fails the build, naming currency and
    months, when a month that needs a rate has none. A currency needs one
    for every month from the first month any live project in it starts
    (or was created) to the as-of month; later months reuse the latest of
    those. The hook runs inside the model's transaction, so a failure
    leaves the previous table, and every model downstream is skipped:
    money is never priced at a guessed rate.
#}
{% macro assert_fx_rates_known() -%}
    {%- if execute -%}
        {%- set missing_sql -%}
            with in_use as (
                select
                    projects.currency,
                    min(
                        least(
                            coalesce(
                                projects.starts_on,
                                cast({{ at_utc('projects.created_at') }} as date)
                            ),
                            cast({{ at_utc('projects.created_at') }} as date)
                        )
                    ) as first_on
                from {{ ref('stg_app__projects') }} as projects
                where not projects.is_deleted and projects.currency <> 'USD'
                group by projects.currency
            )
            select
                fx.currency,
                count(*) as month_count,
                min(fx.month_start) as first_month,
                max(fx.month_start) as last_month
            from {{ this }} as fx
            inner join in_use
                on fx.currency = in_use.currency
            where
                fx.usd_per_unit is null
                and fx.month_start
                between {{ month_start_of('in_use.first_on') }}
                and {{ as_of_month() }}
            group by fx.currency
            order by fx.currency
        {%- endset -%}
        {%- set missing = run_query(missing_sql) -%}
        {%- if missing.rows | length > 0 -%}
            {%- set parts = [] -%}
            {%- for row in missing.rows -%}
                {#- the months as YYYY-MM -#}
                {%- set first_month = (row[2] | string)[:7] -%}
                {%- set last_month = (row[3] | string)[:7] -%}
                {%- if row[1] == 1 -%}
                    {%- do parts.append(row[0] ~ ' in ' ~ first_month) -%}
                {%- else -%}
                    {%- do parts.append(
                        row[0] ~ ' in ' ~ row[1] ~ ' months from '
                        ~ first_month ~ ' to ' ~ last_month
                    ) -%}
                {%- endif -%}
            {%- endfor -%}
            {{ exceptions.raise_compiler_error(
                'No FX rate for ' ~ parts | join('; ')
                ~ ': add those months to seeds/fx_rates.csv, then run'
                ~ ' `headroom dbt build --full-refresh` (projects in these'
                ~ ' currencies need a rate for every month up to the as-of'
                ~ ' month; revenue is never priced at a guessed rate).'
            ) }}
        {%- endif -%}
    {%- endif -%}
{%- endmacro %}
