{#
    The joins that price hours "as it was on the day": the member's version
    in force on `day` (int_team_member_versions, imported as
    member_versions) and the FX rate of the month of `day` for the
    project's currency (int_fx_rates_monthly, imported as fx_rates).
#}
{% macro join_rates_on_day(member_id, currency, day) -%}
    left outer join member_versions
        on
            {{ member_id }} = member_versions.team_member_id
            and {{ day }} >= member_versions.valid_from_on
            and {{ day }} < member_versions.valid_to_on
    left outer join fx_rates
        on
            {{ currency }} = fx_rates.currency
            and cast({{ dbt.date_trunc('month', day) }} as date)
            = fx_rates.month_start
{%- endmacro %}
