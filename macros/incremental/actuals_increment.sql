{#
    The whole configuration of the two incremental actuals models, in one
    call: {{ config(**actuals_increment('stg_app__actuals')) }}.
    delete+insert on actual_id, their indexes (member and project by day,
    the stamps), a pre-hook whose clock runs over `input` and
    actuals_parents, and post-hooks that drop the rows no longer in `input`
    (among its rows passing `live_filter`), record the build and analyze.
    Each model names base_app__actuals in a `-- depends_on:` line for the
    post-hook. `clock_input` is the stamped table the clock reads for the
    input, when the input is a view on it: the newest stamp of the whole
    table is found through its index (of the view's valid rows, only by
    reading them all), and every valid row stamped up to it has been read.
#}
{% macro actuals_increment(
    input, live_filter='not live.is_deleted', clock_input=none
) -%}
    {%- set clock_over = [clock_input or input]
        + actuals_parents() | map('last') | list -%}
    {{ return(incremental_config({
        'materialized': 'incremental',
        'incremental_strategy': 'delete+insert',
        'unique_key': 'actual_id',
        'on_schema_change': 'fail',
        'indexes': [
            {'columns': ['team_member_id', 'worked_on']},
            {'columns': ['project_id', 'worked_on']},
            {'columns': ['updated_at']},
            {'columns': ['staged_at']},
            {'columns': ['worked_on']},
        ],
        'pre_hook': ['{{ begin_increment(' ~ clock_over ~ ') }}'],
        'post_hook': [
            "{{ delete_rows_not_in('" ~ input ~ "', 'actual_id', live_filter="
            ~ '"' ~ live_filter ~ '"' ~ ", base_model='base_app__actuals') }}",
            '{{ record_increment() }}',
            '{{ analyze_relation(this) }}',
        ],
    })) }}
{%- endmacro %}
