{#
    Which (key, period) pairs a period model rebuilds (decision 21, with the
    staged clock of decision 25): the queries begin_period_increment runs
    in the model's pre-hook. See period_increment.sql for the whole cycle.
#}

{#
    Inside a changed-months query: the distinct `key` of the rows of an
    upstream relation whose `timestamp` is at or after the watermark.
#}
{% macro keys_changed_since_watermark(relation_name, key, timestamp='updated_at') -%}
    select changed.{{ key }}
    from {{ upstream_relation(relation_name) }} as changed
    cross join previous
    where changed.{{ timestamp }} >= previous.watermark
{%- endmacro %}

{#
    Inside a changed-months query: the distinct `key` of the rows of a
    staged app relation stamped after the last build's staged clock.
#}
{% macro keys_staged_since_last_build(relation_name, key) -%}
    select staged.{{ key }}
    from {{ upstream_relation(relation_name) }} as staged
    cross join previous
    where staged.staged_at > previous.staged_from
{%- endmacro %}

{% macro changes_table() -%}{{ this.name }}__changes{%- endmacro %}

{% macro increment_table() -%}{{ this.name }}__increment{%- endmacro %}

{#
    What every changed-months query starts from: the model's last state
    (its watermark, as-of day and window; the widest possible when there is
    none), the months of the calendar, and the months every key is rebuilt
    in because the as-of day or an end of the window moved.
#}
{% macro changed_months_prelude() -%}
    previous as (
        select
            coalesce(max(state.changes_through), '-infinity')
            - interval '{{ var("incremental_lookback") }}' as watermark,
            coalesce(max(state.staged_through), '-infinity') as staged_from,
            coalesce(max(state.as_of_on), '1900-01-01') as as_of_on,
            coalesce(max(state.window_start_on), '1900-01-01')
                as window_start_on,
            coalesce(max(state.window_end_on), '9999-12-31') as window_end_on
        from {{ incremental_state_relation() }} as state
        where state.model_name = '{{ this.name }}'
    ),

    months as (
        select distinct month_start from {{ upstream_relation('int_calendar_days') }}
    ),

    -- every month a key's rows could have, in the old or the new window
    span as (
        select
            {{ month_start_of('least(previous.window_start_on, now_.window_start_on)') }}
                as first_month,
            greatest(previous.window_end_on, now_.window_end_on) as last_day
        from previous cross join {{ increment_table() }} as now_
    ),

    -- months every key is rebuilt in: the as-of day or a window end moved
    moved_months as (
        select months.month_start
        from months
        cross join previous
        cross join {{ increment_table() }} as now_
        where
            previous.as_of_on <> now_.as_of_on
            and months.month_start between
            {{ month_start_of('least(previous.as_of_on, now_.as_of_on)') }}
            and greatest(previous.as_of_on, now_.as_of_on)
            or previous.window_start_on <> now_.window_start_on
            and months.month_start between
            {{ month_start_of('least(previous.window_start_on, now_.window_start_on)') }}
            and greatest(previous.window_start_on, now_.window_start_on)
            or previous.window_end_on <> now_.window_end_on
            and months.month_start between
            {{ month_start_of('least(previous.window_end_on, now_.window_end_on)') }}
            and greatest(previous.window_end_on, now_.window_end_on)
    ),

    changed_projects as (
        {{ keys_changed_since_watermark('base_app__projects', 'project_id') }}
    ),

    changed_members as (
        {{ keys_changed_since_watermark('base_app__team_members', 'team_member_id') }}
        union
        {{ keys_changed_since_watermark(
            'snp_app__team_members', 'team_member_id', 'dbt_valid_from'
        ) }}
    ),

    -- one pass over every app actuals row (valid or not): those staged
    -- since the last build, and those of a changed project or member
    actual_months as (
        select
            actuals.team_member_id,
            actuals.project_id,
            {{ month_start_of('actuals.worked_on') }} as month_start,
            actuals.staged_at > previous.staged_from as is_changed
        from {{ upstream_relation('base_app__actuals') }} as actuals
        cross join previous
        where
            actuals.staged_at > previous.staged_from
            or actuals.project_id in (
                select changed_projects.project_id from changed_projects
            )
            or actuals.team_member_id in (
                select changed_members.team_member_id from changed_members
            )
    ),

    changed_actual_months as (
        select team_member_id, project_id, month_start
        from actual_months
        where is_changed
        union
        -- where a row staged since then was before it moved
        select
            moved.replaced_team_member_id,
            moved.replaced_project_id,
            {{ month_start_of('moved.replaced_worked_on') }}
        from {{ upstream_relation('base_app__actuals') }} as moved
        cross join previous
        where
            moved.staged_at > previous.staged_from
            and moved.replaced_worked_on is not null
    )
{%- endmacro %}

{#
    The (key, month) pairs whose rows may differ from the last build, for
    entity 'member' (int_member_days and the people marts) or 'project'
    (the revenue forecast):
    - the months of app actuals changed since the watermark (edited, added,
      deleted, restored, newly valid or rejected);
    - every month of a key rebuilt whole: a member whose own record, rate
      versions, allocations or time off changed (an edited allocation's old
      dates are no longer known); a project that changed, whose allocations
      changed, or that a changed member worked or is planned on, or a
      member whose time off changed is planned on;
    - for members, the months of the actuals and (unchanged) allocations of
      a changed project;
    - for every key, the months between the last build's as-of day and this
      one's, and between the old and new ends of the window.
#}
{% macro changed_key_months(entity) -%}
    {%- set spec = increment_entity(entity) -%}
    with

    {{ changed_months_prelude() }},

    keys_to_rebuild as (
        {% if entity == 'member' %}
            select team_member_id as key_id from changed_members
            union
            {{ keys_staged_since_last_build('base_app__allocations', 'team_member_id') }}
            union
            {{ keys_staged_since_last_build('base_app__time_off', 'team_member_id') }}
        {% else %}
            select project_id as key_id from changed_projects
            union
            select allocations.project_id
            from {{ upstream_relation('base_app__allocations') }} as allocations
            cross join previous
            where
                allocations.staged_at > previous.staged_from
                or allocations.team_member_id in (
                    select changed_members.team_member_id
                    from changed_members
                )
                -- time off shrinks the plan the forecast prices
                or allocations.team_member_id in (
                    {{ keys_staged_since_last_build(
                        'base_app__time_off', 'team_member_id'
                    ) }}
                )
            union
            select actual_months.project_id
            from actual_months
            where actual_months.team_member_id in (
                select changed_members.team_member_id from changed_members
            )
        {% endif %}
        union
        -- a key the model holds no row of: new to it, whatever its stamp
        select live.{{ spec['key'] }}
        from {{ upstream_relation(spec['live']) }} as live
        where not exists (
            select 1 from {{ this }} as held
            where held.{{ spec['key'] }} = live.{{ spec['key'] }}
        )
    )

    select {{ spec['key'] }} as key_id, month_start
    from changed_actual_months
    {% if entity == 'member' %}
        union
        select actual_months.team_member_id, actual_months.month_start
        from actual_months
        where actual_months.project_id in (
            select changed_projects.project_id from changed_projects
        )
        union
        -- the dates of an unchanged allocation of a changed project
        select allocations.team_member_id, months.month_start
        from {{ upstream_relation('base_app__allocations') }} as allocations
        inner join months
            on
                months.month_start
                between {{ month_start_of('allocations.starts_on') }}
                and allocations.ends_on
        where allocations.project_id in (
            select changed_projects.project_id from changed_projects
        )
    {% endif %}
    union
    select live.{{ spec['key'] }}, moved_months.month_start
    from {{ upstream_relation(spec['live']) }} as live
    cross join moved_months
    union
    select keys_to_rebuild.key_id, months.month_start
    from keys_to_rebuild
    cross join span
    inner join months
        on months.month_start between span.first_month and span.last_day
{%- endmacro %}
