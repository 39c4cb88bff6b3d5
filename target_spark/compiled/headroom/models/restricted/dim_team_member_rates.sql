
with

versions as (
    select * from intermediate.int_team_member_versions
),

final as (
    select
        cast(team_member_id as bigint) as team_member_id,
        cast(valid_from_on as date) as valid_from_on,
        cast(valid_to_on as date) as valid_to_on,
        cast(is_current_version as boolean) as is_current_version,
        cast(cost_rate_usd as numeric(10, 2)) as cost_rate_usd,
        cast(bill_rate_usd as numeric(10, 2)) as bill_rate_usd
    from versions
)

select * from final
order by team_member_id, valid_from_on