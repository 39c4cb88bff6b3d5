{#
    Revenue in USD of `hours` on a project, priced as the contract says:
    Billable (time and materials) hours at the project's hourly_rate,
    converted at the month's FX rate, or else at the member's bill rate of
    the day; nothing for Support and Internal hours. `project` is a
    relation with revenue_treatment and hourly_rate; call it after
    join_rates_on_day, which brings member_versions and fx_rates.
#}
{% macro revenue_at_rates_of_day(hours, project) -%}
    case
        when {{ project }}.revenue_treatment = 'time_and_materials'
            then {{ hours }} * coalesce(
                {{ project }}.hourly_rate * fx_rates.usd_per_unit,
                member_versions.bill_rate_usd
            )
        else 0
    end
{%- endmacro %}
