{#
    In a period model's SQL, after `from <input> as <alias>`: on an
    incremental run, keeps the input's rows of the periods the change set
    `changes` (a relation) asks to rebuild (`key_column` and `day_column`
    of the input, qualified; the change set's key column has the same
    name; `calendar` for the week grain, see changed_periods). A
    data test passes `scoped` (built_incrementally) to check the changed
    periods only after an incremental build.
#}
{% macro in_changed_periods(
    changes, grain, key_column, day_column, calendar=none, scoped=none
) -%}
    {%- if (is_incremental() if scoped is none else scoped) %}
        inner join ({{ changed_periods(
            changes, grain, key_column.split('.')[-1], calendar
        ) }}) as changed_periods
            on
                {{ key_column }} = changed_periods.key_id
                and {{ day_column }} >= changed_periods.period_start
                and {{ day_column }} < changed_periods.period_end
    {%- endif %}
{%- endmacro %}
