{#
    True when an allocation day plans hours that will not be worked because
    of its project: every day of a soft-deleted project, and the days after
    the as-of day of a project now Completed or Cancelled. Up to the as-of
    day a closed project's plan stays (plan against actual). `alias` has
    planned_on, is_project_deleted and is_project_closed
    (int_allocation_days). Those hours are stale_planned_hours.
#}
{% macro plan_is_stale(alias) -%}
    (
        {{ alias }}.is_project_deleted
        or (
            {{ alias }}.is_project_closed
            and {{ alias }}.planned_on > {{ as_of_date() }}
        )
    )
{%- endmacro %}
