-- One in twenty recently deleted actuals is restored.
update app.actuals a
set deleted_at = null,
    updated_at = greatest(a.updated_at, %(ts)s + interval '3 hours')
where a.deleted_at is not null and a.id in (select id from recent_actuals) and random() < 0.05
