{#
    fct_actuals is int_actuals_priced less its money columns, row for row:
    returns every row that one holds and the other does not (or holds
    differently). Both are incremental on the same rule; this test catches
    any drift between them: after an incremental build in the member-months
    it rebuilt, else everywhere.
#}
{%- set shared_columns = [
    'team_member_id', 'project_id', 'worked_on', 'hours', 'actual_source',
    'project_type_name', 'revenue_treatment', 'is_billable', 'updated_at',
    'quality_flag_count', 'quality_score',
] + actuals_quality_flags() %}

{#- after an incremental build, the member-months it rebuilt (every
    actuals row it re-read lies in one: decision 33). Only the two models
    it compares: a model it does not depend on may not be built yet when
    it runs (int_member_days was listed, and made the scope a race). -#}
{% set scoped = built_incrementally(['int_actuals_priced', 'fct_actuals']) %}

with

{% for name, model in [
    ('public_actuals', 'fct_actuals'), ('priced_actuals', 'int_actuals_priced'),
] %}
    {{ name }} as (
        select {{ name }}.*
        from {{ rows_in_changed_periods(
            ref(model), ref('int_changed_member_months'), 'month',
            'team_member_id', 'worked_on', scoped=scoped,
        ) }} as {{ name }}
    ),
{% endfor %}

-- One pass over both tables: rows of either side with no partner, or a
-- partner holding anything else differently.
final as (
    select
        coalesce(public_rows.actual_id, priced_rows.actual_id) as actual_id,
        case
            when priced_rows.actual_id is null then 'only in fct_actuals'
            when public_rows.actual_id is null
                then 'only in int_actuals_priced'
            else 'held differently'
        end as found
    from public_actuals as public_rows
    full outer join priced_actuals as priced_rows
        on public_rows.actual_id = priced_rows.actual_id
    where
        public_rows.actual_id is null
        or priced_rows.actual_id is null
        {% for column in shared_columns %}
            or public_rows.{{ column }}
            is distinct from priced_rows.{{ column }}
        {% endfor %}
)

select * from final
