-- On the 25th of a month an admin deletes outright a project made by
-- mistake, with its plan and hours (contract v3): the In Progress project
-- with the fewest hours whose rows carry no injected defect, and not a
-- Fixed Fee one (a contract signed at a price is not made by mistake). Its
-- status history in the simulator goes too: for the business it never
-- existed.
create temporary table mistaken_project on commit drop as
select p.id
from app.projects p
where extract(day from %(day)s::date) = 25
  and p.project_status_id = 4
  and p.project_type_id <> 4
  and p.deleted_at is null
  and not exists (
      select 1 from simulator.defects d
      where d.table_name = 'projects' and d.row_id = p.id
  )
  and not exists (
      select 1 from simulator.defects d
      join app.actuals a on d.table_name = 'actuals' and a.id = d.row_id
      where a.project_id = p.id
  )
  and not exists (
      select 1 from simulator.defects d
      join app.allocations l on d.table_name = 'allocations' and l.id = d.row_id
      where l.project_id = p.id
  )
order by (select count(*) from app.actuals a where a.project_id = p.id), p.id
limit 1
