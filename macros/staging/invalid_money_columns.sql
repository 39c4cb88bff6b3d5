{#
    The names of the money columns of a row that valid_money nulls, as a
    text array (empty when all are usable), for dq_invalid_values.
#}
{% macro invalid_money_columns(columns) -%}
    {{ return(adapter.dispatch('invalid_money_columns')(columns)) }}
{%- endmacro %}

{% macro postgres__invalid_money_columns(columns) -%}
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

{#
    Spark: array_remove(..., null) is null there, so the nulls are filtered
    out; negative amounts only (see spark__valid_money).
#}
{% macro spark__invalid_money_columns(columns) -%}
    filter(
        array(
            {%- for column in columns %}
                case when {{ column }} < 0 then '{{ column }}' end
                {%- if not loop.last %},{% endif %}
            {%- endfor %}
        ),
        column_name -> column_name is not null
    )
{%- endmacro %}
