{#
    Runs at the start of every dbt invocation: bad vars fail before any
    model is touched, with a message naming the var. Every var that reaches
    SQL text is checked here against a strict pattern, so none can carry
    SQL of its own.
#}
{% macro validate_vars() -%}
    {%- if execute -%}
        {%- do as_of_date_string() -%}
        {%- for name in ['calendar_start', 'calendar_end'] -%}
            {%- do _check_var(name, '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', 'a date in the form YYYY-MM-DD') -%}
        {%- endfor -%}
        {%- if var('calendar_start') | string >= var('calendar_end') | string -%}
            {{ exceptions.raise_compiler_error(
                "var calendar_start=" ~ var('calendar_start')
                ~ " must be before calendar_end=" ~ var('calendar_end')
            ) }}
        {%- endif -%}
        {%- do _check_as_of_in_calendar() -%}
        {%- for name in ['headroom_weeks_ahead', 'staffing_weeks_ahead'] -%}
            {%- do _check_var(name, '^([1-9]|[1-4][0-9]|5[0-2])$', 'a whole number of weeks from 1 to 52') -%}
        {%- endfor -%}
        {%- for name in ['anomaly_trailing_runs', 'anomaly_min_runs'] -%}
            {%- do _check_var(name, '^[1-9][0-9]{0,2}$', 'a whole number of runs from 1 to 999') -%}
        {%- endfor -%}
        {%- for name in [
            'anomaly_row_count_change', 'anomaly_duration_factor',
            'anomaly_quarantine_share_jump', 'anomaly_row_count_drop',
        ] -%}
            {%- do _check_var(name, '^[0-9]{1,3}(\.[0-9]{1,4})?$', 'a plain positive number such as 0.5') -%}
        {%- endfor -%}
        {#- the replica's promises reach SQL as interval lengths -#}
        {%- for name in ['replica_settle_minutes', 'replica_delete_log_days'] -%}
            {%- do _check_var(name, '^[0-9]{1,4}$', 'a whole number from 0 to 9999') -%}
        {%- endfor -%}
        {%- for name, role in policy_roles().items() -%}
            {%- do _check_value(name, role, '^[a-z_][a-z0-9_]{0,62}$', 'a role name of lower-case letters, digits and _') -%}
        {%- endfor -%}
        {%- if policy_roles().values() | unique | list | length < 3 -%}
            {{ exceptions.raise_compiler_error(
                "vars analyst_role, dashboard_role and finance_role must name three different roles"
            ) }}
        {%- endif -%}
        {%- do check_policy_roles_are_plain() -%}
    {%- endif -%}
    select 1
{%- endmacro %}

{% macro _check_var(name, pattern, what) -%}
    {%- do _check_value(name, var(name), pattern, what) -%}
{%- endmacro %}

{% macro _check_value(name, value, pattern, what) -%}
    {%- set raw = value | string | trim -%}
    {%- if not modules.re.match(pattern, raw) -%}
        {{ exceptions.raise_compiler_error(
            "var " ~ name ~ "=" ~ raw ~ " is not " ~ what
        ) }}
    {%- endif -%}
{%- endmacro %}

{#
    The policy's roles are given read rights on the marts (and finance the
    per-person rates): a var must never name a role that stands for more
    than one reader. Refused, before anything runs: PUBLIC and the other
    reserved names, PostgreSQL's own pg_ roles, the dbt user itself, and
    any existing role with powers (superuser, createrole, createdb,
    replication, bypassrls) or with members (a group).
#}
{% macro check_policy_roles_are_plain() -%}
    {{ return(adapter.dispatch('check_policy_roles_are_plain')()) }}
{%- endmacro %}

{% macro postgres__check_policy_roles_are_plain() -%}
    {%- set reserved = [
        'public', 'none', 'all', 'current_user', 'session_user',
        'current_role', 'user', 'postgres', target.user | lower,
    ] -%}
    {%- for name, role in policy_roles().items() -%}
        {%- if role in reserved or role.startswith('pg_') -%}
            {{ exceptions.raise_compiler_error(
                "var " ~ name ~ "=" ~ role ~ " is a reserved role or the dbt"
                ~ " user: the policy's roles must be roles of their own"
            ) }}
        {%- endif -%}
    {%- endfor -%}
    {%- set found = run_query(
        "select rolname from pg_catalog.pg_roles as r"
        ~ " where rolname in ('" ~ policy_roles().values() | join("', '") ~ "')"
        ~ " and (rolsuper or rolcreaterole or rolcreatedb or rolreplication"
        ~ " or rolbypassrls or exists (select from pg_catalog.pg_auth_members"
        ~ " as m where m.roleid = r.oid))"
    ) -%}
    {%- for row in found.rows -%}
        {%- for name, role in policy_roles().items() if role == row[0] -%}
            {{ exceptions.raise_compiler_error(
                "var " ~ name ~ "=" ~ role ~ " names an existing role with"
                ~ " powers or members: the policy's roles must be plain"
                ~ " roles that stand for one kind of reader"
            ) }}
        {%- endfor -%}
    {%- endfor -%}
{%- endmacro %}

{#
    The as-of day and its forecast horizon (the as-of month and the 12
    after it) must lie inside the calendar: an as_of_date of 2016 or 2035
    is refused before anything is rebuilt, instead of stopping the build
    half-way with marts rebuilt for a day the calendar cannot place.
#}
{% macro _check_as_of_in_calendar() -%}
    {%- set as_of = as_of_date_string() | trim -%}
    {%- set start = var('calendar_start') | string -%}
    {%- set end = var('calendar_end') | string -%}
    {%- set year, month = as_of[0:4] | int, as_of[5:7] | int -%}
    {%- set horizon_month = year * 12 + month - 1 + 13 -%}
    {%- set horizon = modules.datetime.date(horizon_month // 12, horizon_month % 12 + 1, 1)
        - modules.datetime.timedelta(days=1) -%}
    {%- if as_of < start or horizon | string > end -%}
        {{ exceptions.raise_compiler_error(
            "var as_of_date=" ~ as_of ~ " is outside the calendar: the as-of day"
            ~ " must be on or after calendar_start=" ~ start ~ " and its forecast"
            ~ " horizon (" ~ horizon ~ ") on or before calendar_end=" ~ end
        ) }}
    {%- endif -%}
{%- endmacro %}

{# Spark: no roles there (spark__create_roles); the names were checked above. #}
{% macro spark__check_policy_roles_are_plain() -%}{%- endmacro %}
