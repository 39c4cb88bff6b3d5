{#
    The names of the money columns of a row that valid_money nulls, as a
    text array (empty when all are usable), for dq_invalid_values.
#}
{% macro invalid_money_columns(columns) -%}
    array_remove(
        array[
            {%- for column in columns %}
                case
                    when {{ column }} = 'NaN' or {{ column }} < 0
                        then '{{ column }}'
                end
                {%- if not loop.last %},{% endif %}
            {%- endfor %}
        ],
        null
    )
{%- endmacro %}
