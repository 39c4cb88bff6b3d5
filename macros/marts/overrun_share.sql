{#
    The part of a month's `amount` (money or hours) that falls on its
    overrun hours: overrun_hours x amount / hours, to the cent. Zero when
    nothing overran (a month without hours has no overrun), null when the
    project has no budget (overrun_hours null).
#}
{% macro overrun_share(overrun_hours, amount, hours) -%}
    cast(
        case
            when {{ overrun_hours }} = 0 then 0
            else round(
                {{ overrun_hours }} * {{ amount }} / nullif({{ hours }}, 0), 2
            )
        end
        as numeric(14, 2)
    )
{%- endmacro %}
