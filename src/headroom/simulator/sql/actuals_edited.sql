-- One in a hundred recent live actuals gets its hours corrected.
update app.actuals a
set hours = least(12, greatest(0.25, round(a.hours * (0.7 + random() * 0.6) * 4) / 4)),
    updated_at = greatest(a.updated_at, %(ts)s + interval '1 hour')
where a.deleted_at is null and a.id in (select id from recent_actuals) and random() < 0.01
