-- Two in a thousand current members get a raise of 5 per cent of cost and bill rate
-- (the app keeps no history: the member snapshot must catch it).
with changed as (
    update app.team_members m
    set cost_rate = round(m.cost_rate * 1.05, 0),
        bill_rate = round(m.bill_rate * 1.05, 0),
        updated_at = greatest(m.updated_at, %(ts)s + interval '30 minutes')
    where m.deleted_at is null and not m.is_placeholder and m.cost_rate is not null
      and (m.ended_on is null or m.ended_on >= %(day)s)
      and m.id < 800000000
      and random() < 0.002
    returning m.id, m.cost_rate
)
insert into simulator.member_changes (team_member_id, changed_on, attribute, old_value, new_value)
select id, %(day)s, 'cost_rate', null, cost_rate::text from changed
