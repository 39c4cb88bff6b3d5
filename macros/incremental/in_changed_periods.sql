{#
    In a period model's SQL, after `from <input> as <alias>`: on an
    incremental run, keeps the input's rows of the periods the change set
    asks to rebuild (`key_column` and `day_column` of the input). The ref
    stands outside the if, so the DAG shows the change set whatever the
    build. A data test passes `scoped` (built_incrementally) to check the
    changed periods only after an incremental build.
#}
{% macro in_changed_periods(
    changes, grain, key_column, day_column, scoped=none
) -%}
    {%- set periods = changed_periods(changes, grain) -%}
    {%- if (is_incremental() if scoped is none else scoped) %}
        inner join ({{ periods }}) as changed_periods
            on
                {{ key_column }} = changed_periods.key_id
                and {{ day_column }} >= changed_periods.period_start
                and {{ day_column }} < changed_periods.period_end
    {%- endif %}
{%- endmacro %}
