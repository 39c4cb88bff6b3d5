{#
    begin_increment, begin_period_increment and record_increment: the
    state row of each model after each build, worked out by hand. The
    clock is the newest stamp of the inputs named in the hook (2026-01-10,
    then 2026-02-10 for the step-2 edits, then 2026-03-01 for the
    reference data); the period model copies its change set's clock and
    names it in rebuilt_from; was_incremental is false on the first build
    (a change set, a table, is never incremental).
#}
with

-- the models whose state rows are checked, read so that the test runs
-- after them
models_built as (
    {% for name in ['priced_rows', 'changes', 'member_day_hours'] %}
        select '{{ name }}' as model_name
        from (select count(*) from {{ ref(name) }}) as {{ name }}
        {{ 'union all' if not loop.last }}
    {% endfor %}
),

actual as (
    select
        model_name,
        staged_through,
        as_of_on,
        was_incremental,
        coalesce(rebuilt_from, '-') as rebuilt_from
    from {{ source('incremental', 'incremental_state') }}
    where model_name in (select model_name from models_built)
),

{% set clock = {
    1: '2026-01-10 00:00:00+00',
    2: '2026-02-10 00:00:00+00',
    3: '2026-03-01 00:00:00+00',
}[var('step')] %}
{% set incremental = 'false' if var('step') == 1 else 'true' %}

expected as (
    select
        model_name,
        cast('{{ clock }}' as timestamp with time zone) as staged_through,
        cast('2026-02-15' as date) as as_of_on,
        was_incremental,
        rebuilt_from
    from (
        values
        ('priced_rows', {{ incremental }}, '-'),
        ('changes', false, '-'),
        ('member_day_hours', {{ incremental }}, 'changes')
    ) as expected (model_name, was_incremental, rebuilt_from)
)

{{ rows_differ() }}
