{#
    Erasure (contract v3): the app forgets a leaver by renaming them
    "Erased member <id>" (email and notes nulled, login deleted). The tables
    the warehouse rebuilds from the app follow on the next build; this
    post-hook of snp_app__team_members takes the old name out of what only
    the warehouse keeps: every earlier version of the member in the
    snapshot (renamed like the app's row; their role, team, capacity, rates
    and dates stay, under their id), and any text of the run history
    (monitoring: an error message or alert that quoted a row) that carries
    it. Runs every snapshot; a member already erased is not touched again.
#}
{% macro erase_erased_members() -%}
    {{ return(adapter.dispatch('erase_erased_members')()) }}
{%- endmacro %}

{% macro postgres__erase_erased_members() -%}
    {%- set monitoring = monitoring_schema() -%}
    do $erase$
    declare
        erased record;
    begin
        for erased in
            select distinct
                held.team_member_name as old_name,
                app_row.name as new_name
            from {{ this }} as held
            inner join {{ source('app', 'team_members') }} as app_row
                on held.team_member_id = app_row.id
            where
                app_row.name = 'Erased member ' || app_row.id
                and held.team_member_name is distinct from app_row.name
                and held.team_member_name is not null
        loop
            if to_regclass('{{ monitoring }}.node_results') is not null then
                update {{ monitoring }}.node_results
                set message = replace(message, erased.old_name, erased.new_name)
                where strpos(message, erased.old_name) > 0;
                update {{ monitoring }}.invocations
                set message = replace(message, erased.old_name, erased.new_name)
                where strpos(message, erased.old_name) > 0;
            end if;
            if to_regclass('{{ monitoring }}.alerts') is not null then
                update {{ monitoring }}.alerts
                set
                    summary = replace(summary, erased.old_name, erased.new_name),
                    body = replace(body::text, erased.old_name, erased.new_name)::jsonb
                where strpos(summary || body::text, erased.old_name) > 0;
            end if;
        end loop;
        update {{ this }} as held
        set team_member_name = app_row.name
        from {{ source('app', 'team_members') }} as app_row
        where
            held.team_member_id = app_row.id
            and app_row.name = 'Erased member ' || app_row.id
            and held.team_member_name is distinct from app_row.name;
    end
    $erase$
{%- endmacro %}

{#
    Spark: the snapshot there is an Iceberg table rebuilt whole with the
    history merged (decision 38), and there is no run history to scrub;
    erasure of its earlier versions is not done yet (docs/scale-out.md).
#}
{% macro spark__erase_erased_members() -%}
    select 1
{%- endmacro %}
