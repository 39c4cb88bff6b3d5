{#
    A money column of the app as the warehouse may use it: null when it is
    NaN (PostgreSQL's numeric accepts 'NaN', and one NaN turns every sum it
    reaches into NaN) or negative. The row stays (its hours still count);
    the amount becomes unknown, which the marts count as unpriced or
    uncosted hours, and invalid_money_columns lists it for the quarantine's
    dq_invalid_values. `data_type` is the column's type in the app
    contract, kept as it was (a case expression would drop its scale).
#}
{% macro valid_money(column, data_type) -%}
    {{ return(adapter.dispatch('valid_money')(column, data_type)) }}
{%- endmacro %}

{% macro postgres__valid_money(column, data_type) -%}
    cast(
        case
            when {{ column }} = 'NaN' or {{ column }} < 0 then null
            else {{ column }}
        end as {{ data_type }}
    )
{%- endmacro %}

{#
    Spark: a decimal cannot be NaN (`headroom spark load` reports a NaN of
    the app and loads it as null, docs/scale-out.md), so only a negative
    amount is unknown here.
#}
{% macro spark__valid_money(column, data_type) -%}
    cast(
        case
            when {{ column }} < 0 then null
            else {{ column }}
        end as {{ data_type }}
    )
{%- endmacro %}
