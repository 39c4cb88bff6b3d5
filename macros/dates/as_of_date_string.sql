{#
    The as_of_date var as a checked YYYY-MM-DD string; empty means the day
    the run started (UTC). A malformed value stops the run with one line.
#}
{% macro as_of_date_string() -%}
    {%- set raw = var('as_of_date', '') | string | trim -%}
    {%- if raw in ('', 'none', 'None', 'today') -%}
        {{ run_started_at.strftime('%Y-%m-%d') }}
    {%- else -%}
        {%- set parsed = modules.re.match('^([0-9]{4})-([0-9]{2})-([0-9]{2})$', raw) -%}
        {%- if not parsed -%}
            {{ exceptions.raise_compiler_error(
                "var as_of_date=" ~ raw ~ " is not a date in the form YYYY-MM-DD"
            ) }}
        {%- endif -%}
        {%- set year = parsed.group(1) | int -%}
        {%- set month = parsed.group(2) | int -%}
        {%- set day = parsed.group(3) | int -%}
        {%- if month < 1 or month > 12 or day < 1 -%}
            {{ exceptions.raise_compiler_error(
                "var as_of_date=" ~ raw ~ " is not a real calendar day"
            ) }}
        {%- endif -%}
        {%- set next_month = modules.datetime.date(
            year + (month // 12), month % 12 + 1, 1
        ) -%}
        {%- set last_day = (next_month - modules.datetime.timedelta(days=1)).day -%}
        {%- if day > last_day -%}
            {{ exceptions.raise_compiler_error(
                "var as_of_date=" ~ raw ~ " is not a real calendar day"
            ) }}
        {%- endif -%}
        {{ raw }}
    {%- endif -%}
{%- endmacro %}
