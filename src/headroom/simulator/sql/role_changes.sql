-- One in a thousand engineers and designers is promoted.
with changed as (
    update app.team_members m
    set role = case m.role
            when 'Engineer' then 'Senior Engineer'
            when 'Junior Engineer' then 'Engineer'
            when 'Senior Engineer' then 'Staff Engineer'
            when 'Designer' then 'Senior Designer'
            else m.role end,
        updated_at = greatest(m.updated_at, %(ts)s + interval '40 minutes')
    where m.deleted_at is null and not m.is_placeholder and m.role in ('Engineer', 'Junior Engineer', 'Senior Engineer', 'Designer')
      and (m.ended_on is null or m.ended_on >= %(day)s)
      and m.id < 800000000
      and random() < 0.001
    returning m.id, m.role
)
insert into simulator.member_changes (team_member_id, changed_on, attribute, old_value, new_value)
select id, %(day)s, 'role', null, role from changed
