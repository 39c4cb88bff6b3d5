{#
    How an incremental base model reads the replica's change feed (contract
    v3, "The replica"; decision 39), decided once per run before its SQL is
    compiled: `held` is the model's own table (none on a full build), `table`
    the app table's name, `replica_state` and `delete_log` the replica's
    sources, `history` the run history's record of earlier reads
    (monitoring.replica_reads); all passed in, so the model file names
    every relation it reads.

    Returns read_from, the oldest replica stamp the run must read (the
    newest staged_at the model holds, less the replica's settle window
    var replica_settle_minutes: a version stamped T is visible by T + 10
    minutes), as a SQL literal; and compares_everything with its reason,
    when the feed cannot be trusted since then: the epoch is not the one
    the model's last build read under (the replica was rebuilt: new stamps
    everywhere, deletes of the gap may be missing from the log), no earlier
    read is on record, the model's newest stamp is older than the delete
    log keeps (var replica_delete_log_days), or the log records a TRUNCATE
    since. Then the model compares every app row with the rows it holds,
    once, and says so in one line. Every build (a full one too) records
    the epoch it read under in the history, inside the model's own
    transaction: a build that fails records nothing, and the next one
    compares again.
#}
{% macro replica_feed(held, table, replica_state, delete_log, history) -%}
    {%- set feed = {
        'read_from': "cast(null as timestamp with time zone)",
        'compares_everything': true,
        'reason': 'a full build',
        'epoch': 'null',
    } -%}
    {#- a build reads the feed; compile, docs and lint show the fallback -#}
    {%- if execute and flags.WHICH in ('build', 'run') -%}
        {%- set found = run_query(
            "with replica as (
                select max(epoch) as epoch, count(*) as row_count
                from " ~ replica_state ~ "
            ),
            earlier as (
                select max(read.epoch) as epoch
                from " ~ history ~ " as read
                where
                    read.model_name = '" ~ this.name ~ "'
                    and read.invocation_id <> '" ~ invocation_id ~ "'
                    and read.read_at = (
                        select max(last.read_at)
                        from " ~ history ~ " as last
                        where
                            last.model_name = '" ~ this.name ~ "'
                            and last.invocation_id <> '" ~ invocation_id ~ "'
                    )
            ),
            held as (
                " ~ ("select max(staged_at) - interval '"
                    ~ var('replica_settle_minutes') ~ " minutes' as read_from
                    from " ~ held if held is not none else
                    "select cast(null as timestamp with time zone)
                    as read_from") ~ "
            )
            select
                cast(held.read_from as text),
                replica.epoch,
                case
                    when replica.row_count <> 1
                        then 'the replica state does not have one row'
                    when held.read_from is null
                        then 'the model holds no stamp'
                    when earlier.epoch is null
                        then 'no earlier read of the feed is on record'
                    when earlier.epoch <> replica.epoch
                        then 'the replica was rebuilt (epoch '
                        || earlier.epoch || ' -> ' || replica.epoch
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
            from held
            cross join replica
            cross join earlier"
        ) -%}
        {%- set row = found.rows[0] -%}
        {%- do feed.update({'epoch': row[1] if row[1] is not none else 'null'}) -%}
        {%- if held is not none -%}
            {%- do feed.update({
                'read_from': "cast('" ~ row[0] ~ "' as timestamp with time zone)"
                    if row[0] is not none else feed.read_from,
                'compares_everything': row[2] is not none,
                'reason': row[2],
            }) -%}
            {%- if row[2] is not none -%}
                {{ log(
                    'headroom: ' ~ this.name ~ ' compares every row of app.'
                    ~ table ~ ' once: ' ~ row[2], info=true
                ) }}
            {%- endif -%}
        {%- endif -%}
        {%- do run_query(
                "insert into " ~ history ~ " (
                    invocation_id, model_name, epoch, read_from,
                    compares_everything, reason, read_at
                ) values ('" ~ invocation_id ~ "', '" ~ this.name ~ "', "
                ~ feed.epoch ~ ", " ~ feed.read_from ~ ", "
                ~ feed.compares_everything ~ ", "
                ~ monitoring_text(feed.reason) ~ ", clock_timestamp())
                on conflict (invocation_id, model_name) do update set
                    epoch = excluded.epoch,
                    read_from = excluded.read_from,
                    compares_everything = excluded.compares_everything,
                    reason = excluded.reason,
                    read_at = excluded.read_at"
        ) -%}
    {%- endif -%}
    {{ return(feed) }}
{%- endmacro %}
