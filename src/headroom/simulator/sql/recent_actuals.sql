-- The actuals of the last three weeks a person may still edit, delete or
-- restore today: typed (not backfilled), not injected as a defect, and not
-- in the partition of an injected double submit (its first row stays as it
-- is). A temporary table the edits below draw from.
create temporary table recent_actuals on commit drop as
select a.id
from app.actuals a
where a.worked_on between %(day)s - 21 and %(day)s
  and a.source <> 'allocation_backfill'
  and not exists (
      select 1 from simulator.defects d where d.table_name = 'actuals' and d.row_id = a.id
  )
  and not exists (
      select 1 from simulator.defects d
      join app.actuals x on x.id = d.row_id
      where d.table_name = 'actuals'
        and x.team_member_id = a.team_member_id
        and x.project_id = a.project_id
        and x.worked_on = a.worked_on
  )
