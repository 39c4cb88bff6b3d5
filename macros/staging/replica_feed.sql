{#
    How an incremental base model reads the replica's change feed (contract
    v3, "The replica"; decision 39), decided once per run before its SQL is
    compiled: `held` is the model's own table, `table` the app table's
    name, `replica_state` and `delete_log` the replica's sources (passed in,
    so the model file names every relation it reads).

    Returns read_from, the oldest replica stamp the run must read (the
    newest staged_at the model holds, less the replica's settle window
    var replica_settle_minutes: a version stamped T is visible by T + 10
    minutes), as a SQL literal; and compares_everything with its reason,
    when the feed cannot be trusted since then: the replica was rebuilt
    (its resynced_at is at or after read_from: new stamps everywhere,
    deletes of the gap may be missing from the log), the model's newest
    stamp is older than the delete log keeps (var replica_delete_log_days),
    the log records a TRUNCATE since, or the model holds no stamp. Then the
    model compares every app row with the rows it holds, once, and says so
    in one line. Errs on the safe side: a build within the settle window of
    a rebuild compares everything again. In a build on PostgreSQL the
    decision is also recorded in monitoring.replica_reads, in the model's
    own transaction.
#}
{% macro replica_feed(held, table, replica_state, delete_log) -%}
    {%- set feed = {
        'read_from': "cast(null as timestamp with time zone)",
        'compares_everything': true,
        'reason': 'no earlier build',
    } -%}
    {%- if execute and held is not none -%}
        {%- set found = run_query(
            "with held as (
                select max(staged_at) - interval '"
                ~ var('replica_settle_minutes') ~ " minutes' as read_from
                from " ~ held ~ "
            )
            select
                cast(held.read_from as text),
                case
                    when held.read_from is null
                        then 'the model holds no stamp'
                    when (select count(*) from " ~ replica_state ~ ") <> 1
                        then 'the replica state does not have one row'
                    when (select max(resynced_at) from " ~ replica_state ~ ")
                        >= held.read_from
                        then 'the replica was rebuilt (epoch '
                        || (select max(epoch) from " ~ replica_state ~ ")
                        || ') since the last build'
                    when held.read_from < current_timestamp - interval '"
                        ~ var('replica_delete_log_days') ~ " days'
                        then 'the last build is older than the delete log keeps ("
                        ~ var('replica_delete_log_days') ~ " days)'
                    when exists (
                        select 1 from " ~ delete_log ~ " as log
                        where
                            log.table_name = '" ~ table ~ "'
                            and log.id is null
                            and log.deleted_at >= held.read_from
                    ) then 'the replica truncated app." ~ table ~ "'
                end
            from held"
        ) -%}
        {%- set row = found.rows[0] -%}
        {%- do feed.update({
            'read_from': "cast('" ~ row[0] ~ "' as timestamp with time zone)"
                if row[0] is not none else feed.read_from,
            'compares_everything': row[1] is not none,
            'reason': row[1],
        }) -%}
        {%- if row[1] is not none -%}
            {{ log(
                'headroom: ' ~ this.name ~ ' compares every row of app.'
                ~ table ~ ' once: ' ~ row[1], info=true
            ) }}
        {%- endif -%}
    {%- endif -%}
    {%- if execute and flags.WHICH in ('build', 'run')
        and target.type == 'postgres' -%}
        {%- do run_query(
            "insert into " ~ monitoring_schema() ~ ".replica_reads (
                invocation_id, model_name, read_from, compares_everything,
                reason
            ) values ('" ~ invocation_id ~ "', '" ~ this.name ~ "', "
            ~ feed.read_from ~ ", " ~ feed.compares_everything ~ ", "
            ~ monitoring_text(feed.reason) ~ ")
            on conflict (invocation_id, model_name) do update set
                read_from = excluded.read_from,
                compares_everything = excluded.compares_everything,
                reason = excluded.reason"
        ) -%}
    {%- endif -%}
    {{ return(feed) }}
{%- endmacro %}
