-- Members past their last day go inactive.
update app.team_members m
set active = false, updated_at = greatest(m.updated_at, %(ts)s + interval '55 minutes')
where m.active and m.ended_on < %(day)s and m.id < 800000000
