-- Rows deleted outright (contract v3: any table), not soft-deleted: one in
-- a thousand recent actuals (typed by mistake), and now and then a time
-- off still to come (a request withdrawn). The replica's trigger writes
-- each to app._deleted_rows in this transaction.
with gone_actuals as (
    delete from app.actuals a
    where a.id in (select id from recent_actuals) and random() < 0.001
    returning a.id
),
gone_time_off as (
    delete from app.time_off t
    where t.id = (
        select c.id
        from app.time_off c
        where c.starts_on > %(day)s
          and c.deleted_at is null
          and not exists (
              select 1 from simulator.defects d
              where d.table_name = 'time_off' and d.row_id = c.id
          )
        order by random()
        limit 1
    )
    and random() < 0.2
    returning t.id
)
select id from gone_actuals
union all
select id from gone_time_off
