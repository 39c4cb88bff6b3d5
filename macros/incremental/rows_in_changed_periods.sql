{#
    A period model's large input `relation`, read for the periods the
    change set `changes` (a relation) lists (decision 33): on an
    incremental run, a lateral lookup per (key, period) of `changes`,
    fenced by offset 0 so that PostgreSQL probes the input's (key, day)
    index once per period instead of hashing every row of the input in the
    window; else the whole input. Use it as a FROM item:
    `from {{ rows_in_changed_periods(ref('int_allocation_days'),
    ref('int_changed_member_months'), 'month', 'team_member_id',
    'planned_on') }} as allocation_days`. The input needs an index on
    (key, day); `in_changed_periods` is the join form, for small inputs.
    The change set's key column has the name of the input's `key_column`.
    `calendar` serves the week grain (changed_periods). A data test passes
    `scoped` (built_incrementally) to read the changed periods only after
    an incremental build, and the whole input otherwise.
#}
{% macro rows_in_changed_periods(
    relation, changes, grain, key_column, day_column, calendar=none,
    scoped=none
) -%}
    {%- if (is_incremental() if scoped is none else scoped) -%}
        (
            select changed_rows.*
            from ({{ changed_periods(
                changes, grain, key_column, calendar
            ) }}) as changed_periods
            cross join lateral (
                select period_rows.*
                from {{ relation }} as period_rows
                where
                    period_rows.{{ key_column }} = changed_periods.key_id
                    and period_rows.{{ day_column }}
                    >= changed_periods.period_start
                    and period_rows.{{ day_column }}
                    < changed_periods.period_end
                offset 0
            ) as changed_rows
        )
    {%- else -%}
        {{ relation }}
    {%- endif -%}
{%- endmacro %}
