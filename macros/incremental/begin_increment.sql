{#
    Pre-hook of an incremental model and of a change set: writes the
    build's staged clock over `stamped` (the relations of the stamped
    inputs, int_reference_versions last), the as-of day and, with `window`
    (a one-row select of window_start_on and window_end_on: member_window
    or forecast_window), the window of the period models, to
    increment_table(), which record_increment stores. Runs before the
    model's SQL, so no row it reads is newer than the clock.
#}
{% macro begin_increment(stamped, window=none) -%}
    create temporary table {{ increment_table() }} on commit drop as
    select
        {{ staged_clock(stamped) }} as staged_through,
        {{ as_of_date() }} as as_of_on,
        {{ is_incremental() }} as was_incremental,
        cast(null as text) as rebuilt_from,
        {% if window -%}
            period_window.window_start_on,
            period_window.window_end_on
        from ({{ window }}) as period_window
        {%- else -%}
            cast(null as date) as window_start_on,
            cast(null as date) as window_end_on
        {%- endif %}
{%- endmacro %}
