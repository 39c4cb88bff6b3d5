{#
    Placeholders never count as members (contract v3, decision 49): no
    member mart, nor the daily grain they are summed from, holds a row of a
    placeholder. Returns each relation and placeholder found in it.
#}
{%- set member_relations = [
    'dim_team_members', 'int_member_days', 'fct_member_headroom_ahead',
    'int_member_capacity_weekly', 'int_member_utilization_monthly',
] %}

with

placeholders as (
    select team_member_id
    from {{ ref('stg_app__team_members') }}
    where is_placeholder
),

final as (
    {% for relation in member_relations %}
        select distinct
            '{{ relation }}' as relation_name,
            placeholders.team_member_id
        from {{ ref(relation) }} as held
        inner join placeholders
            on held.team_member_id = placeholders.team_member_id
        {% if not loop.last %}union all{% endif %}
    {% endfor %}
)

select * from final
