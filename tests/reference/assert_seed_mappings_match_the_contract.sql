{#
    The business rules written out by hand, from the upstream contract
    (Business rules, and the enums of project types and statuses), against
    the seeds the models read them from. Every model and unit test trusts
    these seeds, so a changed probability or treatment (On Hold at 0.50,
    say) must fail here. Returns every status or type whose seed row
    differs from the contract, or is missing from either side.
#}
with

contract_statuses (
    project_status_id, project_status_name, forecast_probability,
    is_contracted, is_open
) as (
    values
    (1, 'Initial', 0.10, false, true),
    (2, 'Proposal', 0.50, false, true),
    (3, 'Confirmed', 1.00, true, true),
    (4, 'In Progress', 1.00, true, true),
    (5, 'On Hold', 0.25, true, true),
    (6, 'Completed', 0.00, true, false),
    (7, 'Cancelled', 0.00, false, false),
    (8, 'Pipeline', 0.50, false, true)
),

contract_types (
    project_type_id, project_type_name, revenue_treatment, is_billable,
    is_chargeable
) as (
    values
    (1, 'Billable', 'time_and_materials', true, true),
    (2, 'Support', 'retainer', false, true),
    (3, 'Internal', 'none', false, false),
    (4, 'Fixed Fee', 'fixed_fee', false, true)
),

status_differences as (
    select
        'project_statuses' as seed,
        coalesce(contract.project_status_id, seed.project_status_id) as id
    from contract_statuses as contract
    full outer join {{ ref('project_statuses') }} as seed
        on contract.project_status_id = seed.project_status_id
    where
        contract.project_status_id is null
        or seed.project_status_id is null
        or contract.project_status_name <> seed.project_status_name
        or contract.forecast_probability <> seed.forecast_probability
        or contract.is_contracted <> seed.is_contracted
        or contract.is_open <> seed.is_open
),

type_differences as (
    select
        'project_types' as seed,
        coalesce(contract.project_type_id, seed.project_type_id) as id
    from contract_types as contract
    full outer join {{ ref('project_types') }} as seed
        on contract.project_type_id = seed.project_type_id
    where
        contract.project_type_id is null
        or seed.project_type_id is null
        or contract.project_type_name <> seed.project_type_name
        or contract.revenue_treatment <> seed.revenue_treatment
        or contract.is_billable <> seed.is_billable
        or contract.is_chargeable <> seed.is_chargeable
)

select * from status_differences
union all
select * from type_differences
