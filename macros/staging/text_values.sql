{#
    Text the app types where the contract expects a value from a list (an
    actuals row's source, a time off's kind): the value conformed
    (conform_text_key: trimmed, one space, lower case) when it is one of
    `values`, else 'unknown': never passed on as typed (a category, not an
    amount: the marts keep their columns not null). quality.dq_invalid_values
    lists the rows.
#}
{% macro known_value(column, values) -%}
    case
        when {{ conform_text_key(column) }} in (
            {%- for value in values %}'{{ value }}'{% if not loop.last %}, {% endif %}{% endfor -%}
        ) then {{ conform_text_key(column) }}
        else 'unknown'
    end
{%- endmacro %}

{#
    A name the app lets people type freely (a member's team): the text,
    trimmed, unless it means nothing: blank, a word that stands for no value
    ('null', 'none', 'n/a', ...), or text carrying a character no name has
    (; = < > ` " \ { } | $ % *: SQL, markup, a template). Then null, so the
    marts fall back on what the warehouse knows (the role's team) and never
    show a team named "null". meaningless_name(column) is the test for it.
#}
{% macro meaningful_name(column) -%}
    case when not ({{ meaningless_name(column) }}) then trim({{ column }}) end
{%- endmacro %}

{% macro meaningless_name(column) -%}
    {{ column }} is not null and (
        {{ conform_text_key(column) }} in (
            '', 'null', 'none', 'n/a', 'na', 'nan', 'nil', 'undefined', '-', '?'
        )
        or translate({{ column }}, ';=<>`"\\{}|$%*', '') <> {{ column }}
    )
{%- endmacro %}
