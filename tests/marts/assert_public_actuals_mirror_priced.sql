{#
    fct_actuals is fct_actuals_priced less its money columns, row for row:
    returns every row that one holds and the other does not (or holds
    differently). Both are incremental on the same rule; this test catches
    any drift between them.
#}
{%- set shared_columns %}
    actual_id, team_member_id, project_id, worked_on, hours, actual_source,
    project_type_name, revenue_treatment, is_billable, updated_at
{%- endset %}

with

public_only as (
    select {{ shared_columns }} from {{ ref('fct_actuals') }}
    except
    select {{ shared_columns }} from {{ ref('fct_actuals_priced') }}
),

priced_only as (
    select {{ shared_columns }} from {{ ref('fct_actuals_priced') }}
    except
    select {{ shared_columns }} from {{ ref('fct_actuals') }}
),

final as (
    select
        'only in fct_actuals' as found,
        public_only.*
    from public_only
    union all
    select
        'only in fct_actuals_priced' as found,
        priced_only.*
    from priced_only
)

select * from final
