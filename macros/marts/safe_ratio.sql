{#
    numerator / denominator, null when the denominator is zero or null: a
    utilization over zero capacity is unknown, not zero and not an error.
    Both are parenthesised, so an expression (a - b) divides as a whole.
#}
{% macro safe_ratio(numerator, denominator, scale=4) -%}
    cast(
        round(({{ numerator }}) / nullif(({{ denominator }}), 0), {{ scale }})
        as numeric(10, {{ scale }})
    )
{%- endmacro %}
