{#
    fct_actuals is int_actuals_priced less its money columns, row for row:
    returns every row that one holds and the other does not (or holds
    differently). Both are incremental on the same rule; this test catches
    any drift between them.
#}
{%- set shared_columns = [
    'team_member_id', 'project_id', 'worked_on', 'hours', 'actual_source',
    'project_type_name', 'revenue_treatment', 'is_billable', 'updated_at',
    'quality_flag_count', 'quality_score',
] + actuals_quality_flags() %}

with

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
    from {{ ref('fct_actuals') }} as public_rows
    full outer join {{ ref('int_actuals_priced') }} as priced_rows
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
