-- New business: up to three Initial projects, each with probability %(p)s
-- (a few a week per unit of scale), starting in six weeks; recorded as
-- their first status. One in four (by id) is sold at a fixed price.
with created as (
    insert into app.projects (id, code, name, client_name, project_type_id, project_status_id,
                              starts_on, ends_on, hourly_rate, monthly_fee, budget_hours, currency,
                              created_at, updated_at, deleted_at, fixed_fee)
    select next_id, 'NEW-' || lpad(next_id::text, 6, '0'), 'New business ' || next_id,
           'Prospect ' || next_id, case when next_id %% 4 = 0 then 4 else 1 end, 1, %(day)s + 45, %(day)s + 225,
           case when next_id %% 4 = 0 then null else 150.00 end, null, 1200.00, 'USD', %(ts)s, %(ts)s, null,
           case when next_id %% 4 = 0 then 144000.00 end
    from (select (select max(id) from app.projects where id < 800000000) + g as next_id
          from generate_series(1, 3) g) ids
    where random() < %(p)s
    returning id, project_status_id
)
insert into simulator.status_changes (project_id, changed_on, from_status_id, to_status_id)
select id, %(day)s, null, project_status_id from created
