-- Three in a thousand recent live actuals are deleted (soft).
update app.actuals a
set deleted_at = greatest(a.updated_at, %(ts)s + interval '2 hours'),
    updated_at = greatest(a.updated_at, %(ts)s + interval '2 hours')
where a.deleted_at is null and a.id in (select id from recent_actuals) and random() < 0.003
