{#
    True when a row's created_at or updated_at lies after the build's
    clock (build_clock): such a row is quarantined as future_updated_at,
    so that no watermark ever jumps ahead to its timestamp (one row stamped
    2099 would otherwise freeze every incremental model). The base models
    re-check these rows on every run, so a row from a clock that was a few
    minutes fast comes in once its time has come.
#}
{% macro timestamps_in_future(created_at, updated_at) -%}
    ({{ created_at }} > {{ build_clock() }}
    or {{ updated_at }} > {{ build_clock() }})
{%- endmacro %}
