-- A stamped input with no row yet.
select cast(null as timestamp with time zone) as staged_at
where false
