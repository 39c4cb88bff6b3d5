-- Now and then (probability %(p)s) a new joiner signs, to start in a month.
with joined as (
    insert into app.team_members (id, user_id, name, email, role, team, weekly_capacity_hours,
                                  cost_rate, bill_rate, active, started_on, ended_on,
                                  created_at, updated_at, deleted_at)
    select next_id, null, 'New Joiner ' || next_id, 'joiner.' || next_id || '@headroom.example',
           'Engineer', 'Engineering', 40.00, 58.00, 120.00, true, %(day)s + 30, null,
           %(ts)s, %(ts)s, null
    from (select (select max(id) from app.team_members where id < 800000000) + 1 as next_id) ids
    where random() < %(p)s
    returning id
)
insert into simulator.member_changes (team_member_id, changed_on, attribute, old_value, new_value)
select id, %(day)s, 'joined', null, (%(day)s + 30)::text from joined
