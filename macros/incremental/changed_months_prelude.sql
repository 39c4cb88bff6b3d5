{#
    The common part of the change sets' SQL (decision 33), as CTEs, given
    the window of the models the change set feeds (`window`: the select of
    member_window or forecast_window) and `inputs`, a dict of the relations
    it reads, passed by the change set's own file: members
    (int_team_members), projects (int_projects), allocations
    (base_app__allocations), time_off (base_app__time_off), actuals
    (base_app__actuals), calendar (int_calendar_days) and reference
    (int_reference_versions):
    - previous: the oldest watermark of the change set's readers (the
      models whose state rows say they are rebuilt from it:
      staged_watermark), and the as-of days and windows they were built
      for;
    - months, and moved_months: the months every key is rebuilt in because
      the as-of day or an end of the window moved (every month when a
      reader was built alone and left no window); with `as_of_by_day`,
      the as-of day's move is moved_days instead: the days between the
      old and the new as-of day (first_day, last_day), the only days whose
      answer it changes in a model of the daily grain;
    - span: every month a key's rows could have, in the old or new window;
    - changed_members and changed_projects: stamped since the watermark;
    - staged_allocations and staged_time_off: rows staged since then,
      with where they were before a move (replaced_*);
    - staged_range_days: the days of those rows, where they are and where
      they were, by month within the span (first_day, last_day), with the
      allocation's project (null for time off);
    - staged_actual_months: (member, project, month, day) of every actuals
      row staged since then, valid or not, where it is and where it was.
#}
{% macro changed_months_prelude(window, inputs, as_of_by_day=false) -%}
    {%- for name in [
        'members', 'projects', 'allocations', 'time_off', 'actuals',
        'calendar', 'reference',
    ] if name not in inputs -%}
        {{ exceptions.raise_compiler_error(
            'changed_months_prelude needs the relation inputs.' ~ name
        ) }}
    {%- endfor -%}
    previous as (
        select
            {{ staged_watermark(inputs.reference, readers_of=this.name) }}
                as watermark,
            min(state.as_of_on) as first_as_of_on,
            max(state.as_of_on) as last_as_of_on,
            min(state.window_start_on) as first_window_start_on,
            max(state.window_start_on) as last_window_start_on,
            min(state.window_end_on) as first_window_end_on,
            max(state.window_end_on) as last_window_end_on,
            coalesce(bool_or(state.window_start_on is null), false)
                as is_window_unknown
        from {{ incremental_state_relation() }} as state
        where state.rebuilt_from = '{{ this.name }}'
    ),

    now_ as (
        select
            {{ as_of_date() }} as as_of_on,
            period_window.window_start_on,
            period_window.window_end_on
        from ({{ window }}) as period_window
    ),

    months as (
        select distinct month_start from {{ inputs.calendar }}
    ),

    span as (
        select
            {{ month_start_of(
                'least(previous.first_window_start_on, now_.window_start_on)'
            ) }} as first_month,
            greatest(previous.last_window_end_on, now_.window_end_on)
                as last_day
        from previous cross join now_
    ),

    moved_months as (
        select months.month_start
        from months
        cross join previous
        cross join now_
        where
            previous.is_window_unknown
            {%- for day in (
                ['window_start_on', 'window_end_on'] if as_of_by_day
                else ['as_of_on', 'window_start_on', 'window_end_on']
            ) %}
                or (
                    previous.first_{{ day }} <> now_.{{ day }}
                    or previous.last_{{ day }} <> now_.{{ day }}
                )
                and months.month_start between
                {{ month_start_of(
                    'least(previous.first_' ~ day ~ ', now_.' ~ day ~ ')'
                ) }}
                and greatest(previous.last_{{ day }}, now_.{{ day }})
            {%- endfor %}
    ),

    {% if as_of_by_day %}
        -- a day after the earlier as-of day up to the later one changes
        -- sides (actual or plan); days outside the range keep their answer
        moved_days as (
            select
                least(previous.first_as_of_on, now_.as_of_on) + 1
                    as first_day,
                greatest(previous.last_as_of_on, now_.as_of_on) as last_day
            from previous
            cross join now_
            where
                not previous.is_window_unknown
                and (
                    previous.first_as_of_on <> now_.as_of_on
                    or previous.last_as_of_on <> now_.as_of_on
                )
        ),
    {% endif %}

    -- what was stamped since the watermark: members and projects (new
    -- rates, terms or fate), and allocations and time off, valid or not,
    -- with where a moved row was (replaced_*)
    {% for name, relation, columns in [
        ('changed_members', inputs.members, ['team_member_id']),
        ('changed_projects', inputs.projects, ['project_id']),
        ('staged_allocations', inputs.allocations, [
            'team_member_id', 'project_id', 'starts_on', 'ends_on',
            'replaced_team_member_id', 'replaced_project_id',
            'replaced_starts_on', 'replaced_ends_on',
        ]),
        ('staged_time_off', inputs.time_off, [
            'team_member_id', 'starts_on', 'ends_on',
            'replaced_team_member_id', 'replaced_starts_on',
            'replaced_ends_on',
        ]),
    ] %}
        {{ name }} as (
            select
                {%- for column in columns %}
                    stamped.{{ column }}{{ ',' if not loop.last }}
                {%- endfor %}
            from {{ relation }} as stamped
            cross join previous
            where stamped.staged_at > previous.watermark
        ),
    {% endfor %}

    -- An allocation or time off counts on its own days only (every figure
    -- of a member's day is the day's own: decision 35), where it is and
    -- where it was before it moved (decision 37).
    staged_ranges as (
        select
            team_member_id,
            project_id,
            starts_on,
            ends_on
        from staged_allocations
        union
        select
            replaced_team_member_id,
            replaced_project_id,
            replaced_starts_on,
            replaced_ends_on
        from staged_allocations
        where replaced_starts_on is not null
        union
        select
            team_member_id,
            cast(null as bigint) as project_id,
            starts_on,
            ends_on
        from staged_time_off
        union
        select
            replaced_team_member_id,
            cast(null as bigint) as project_id,
            replaced_starts_on,
            replaced_ends_on
        from staged_time_off
        where replaced_starts_on is not null
    ),

    staged_range_days as (
        select
            staged_ranges.team_member_id,
            staged_ranges.project_id,
            months.month_start,
            {{ month_slice_of_range('staged_ranges.starts_on', 'staged_ranges.ends_on') }}
        from staged_ranges
        cross join span
        inner join months
            on
                months.month_start
                between {{ month_start_of('staged_ranges.starts_on') }}
                and staged_ranges.ends_on
                and months.month_start
                between span.first_month and span.last_day
    ),

    staged_actual_months as (
        select
            actuals.team_member_id,
            actuals.project_id,
            {{ month_start_of('actuals.worked_on') }} as month_start,
            actuals.worked_on
        from {{ inputs.actuals }} as actuals
        cross join previous
        where actuals.staged_at > previous.watermark
        union
        select
            actuals.replaced_team_member_id,
            actuals.replaced_project_id,
            {{ month_start_of('actuals.replaced_worked_on') }},
            actuals.replaced_worked_on
        from {{ inputs.actuals }} as actuals
        cross join previous
        where
            actuals.staged_at > previous.watermark
            and actuals.replaced_worked_on is not null
    )
{%- endmacro %}
