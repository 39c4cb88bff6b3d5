{#
    The checks over the run history compare each build with the median of
    the anomaly_trailing_runs builds before it (decision 28). One home for
    that rule: a select over `history` (a CTE with invocation_id,
    run_number: 1, 2, ... in start order, per `partition_by` when given,
    and the measure `value`) giving, per invocation (and partition), how
    many earlier builds had a value (runs_before) and their median
    (trailing_median). Builds without a value are left out of the median.
#}
{% macro trailing_median(history, value, partition_by=none) -%}
    select
        current_run.invocation_id,
        {%- if partition_by %}
            current_run.{{ partition_by }},
        {%- endif %}
        count(previous_run.{{ value }}) as runs_before,
        cast(
            percentile_cont(0.5) within group (
                order by previous_run.{{ value }}
            ) as numeric
        ) as trailing_median
    from {{ history }} as current_run
    left outer join {{ history }} as previous_run
        on
            previous_run.run_number < current_run.run_number
            and previous_run.run_number
            >= current_run.run_number - {{ var('anomaly_trailing_runs') }}
            {%- if partition_by %}
                and previous_run.{{ partition_by }}
                = current_run.{{ partition_by }}
            {%- endif %}
    group by
        current_run.invocation_id
        {%- if partition_by %}, current_run.{{ partition_by }}{% endif %}
{%- endmacro %}
