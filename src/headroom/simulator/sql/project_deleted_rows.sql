-- The project made by mistake goes with its plan and hours, in one
-- statement (each delete is logged by the replica's trigger).
with gone_actuals as (
    delete from app.actuals
    where project_id in (select id from mistaken_project)
    returning id
),
gone_allocations as (
    delete from app.allocations
    where project_id in (select id from mistaken_project)
    returning id
),
gone_history as (
    delete from simulator.status_changes
    where project_id in (select id from mistaken_project)
    returning project_id
)
delete from app.projects
where id in (select id from mistaken_project)
returning id
