-- Planners staff the placeholders' plans little by little: each day, one
-- in a hundred of a placeholder's allocations still to start moves to a
-- real member of the same role (picked at random among those employed on
-- its first day), as the app does when a planner drags the block onto a
-- person: the row keeps its id and dates, and takes a new member.
with open_blocks as (
    select a.id, a.starts_on, lower(trim(p.role)) as role_key
    from app.allocations a
    join app.team_members p on p.id = a.team_member_id
    where p.is_placeholder and a.deleted_at is null and a.starts_on > %(day)s
      and not exists (select 1 from simulator.defects d where d.table_name = 'allocations' and d.row_id = a.id)
      and random() < 0.01
),
staffed as (
    select b.id, (
        select m.id
        from app.team_members m
        where not m.is_placeholder and m.deleted_at is null and m.id < 800000000
          and lower(trim(m.role)) = b.role_key
          and m.started_on <= b.starts_on and (m.ended_on is null or m.ended_on >= b.starts_on)
        order by random()
        limit 1
    ) as member_id
    from open_blocks b
)
update app.allocations a
set team_member_id = s.member_id,
    updated_at = greatest(a.updated_at, %(ts)s + interval '20 minutes')
from staffed s
where a.id = s.id and s.member_id is not null
