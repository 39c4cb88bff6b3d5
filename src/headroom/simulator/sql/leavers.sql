-- Four in ten thousand members give two weeks' notice.
with left_firm as (
    update app.team_members m
    set ended_on = %(day)s + 14,
        updated_at = greatest(m.updated_at, %(ts)s + interval '50 minutes')
    where m.deleted_at is null and m.ended_on is null and m.started_on < %(day)s
      and m.id < 800000000 and random() < 0.0004
    returning m.id
)
insert into simulator.member_changes (team_member_id, changed_on, attribute, old_value, new_value)
select id, %(day)s, 'ended_on', null, (%(day)s + 14)::text from left_firm
