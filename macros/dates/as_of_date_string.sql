{#
    The as-of day as a checked YYYY-MM-DD string: the as_of_date var, else
    the environment variable HEADROOM_AS_OF_DATE, else the day the run
    started (UTC). A malformed value stops the run with one line.

    The environment variable is what `headroom daily`, `headroom ci` and
    `headroom bench` set (decision 41): dbt parses the whole project again
    whenever --vars differ from the last run's, some 7 s on this project,
    and the as-of day changes every day. It is read only when dbt executes
    (`execute`), so no file records it at parse time and a new day keeps
    the parse of the day before; the SQL is rendered at execution, with
    the day the run is for.
#}
{% macro as_of_date_string() -%}
    {%- set raw = var('as_of_date', '') | string | trim -%}
    {%- set origin = 'var as_of_date' -%}
    {%- if raw in ('', 'none', 'None', 'today') and execute -%}
        {%- set raw = env_var('HEADROOM_AS_OF_DATE', '') | trim -%}
        {%- set origin = 'HEADROOM_AS_OF_DATE' -%}
    {%- endif -%}
    {%- if raw in ('', 'none', 'None', 'today') -%}
        {{ run_started_at.strftime('%Y-%m-%d') }}
    {%- else -%}
        {%- set parsed = modules.re.match('^([0-9]{4})-([0-9]{2})-([0-9]{2})$', raw) -%}
        {%- if not parsed -%}
            {{ exceptions.raise_compiler_error(
                origin ~ "=" ~ raw ~ " is not a date in the form YYYY-MM-DD"
            ) }}
        {%- endif -%}
        {%- set year = parsed.group(1) | int -%}
        {%- set month = parsed.group(2) | int -%}
        {%- set day = parsed.group(3) | int -%}
        {%- if month < 1 or month > 12 or day < 1 -%}
            {{ exceptions.raise_compiler_error(
                origin ~ "=" ~ raw ~ " is not a real calendar day"
            ) }}
        {%- endif -%}
        {%- set next_month = modules.datetime.date(
            year + (month // 12), month % 12 + 1, 1
        ) -%}
        {%- set last_day = (next_month - modules.datetime.timedelta(days=1)).day -%}
        {%- if day > last_day -%}
            {{ exceptions.raise_compiler_error(
                origin ~ "=" ~ raw ~ " is not a real calendar day"
            ) }}
        {%- endif -%}
        {{ raw }}
    {%- endif -%}
{%- endmacro %}
