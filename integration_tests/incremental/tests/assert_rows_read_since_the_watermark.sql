{#
    changed_since_last_build, staged_watermark, delete_rows_not_in and
    record_increment, held to rows worked out by hand from the scenario.
    Step 1 (full): rows 1-4 at the rates 10 and 20. Step 2: row 1 is not
    read again (priced_in_step stays 1); row 2 is (edited: 5 h x 10); row 3
    is gone (soft-deleted); row 4 is read again, unstamped, because its
    member's rate changed (4 h x 30); row 5 is new (6 h x 10). Step 3: the
    reference data changed after the watermark, so every live row is read
    again. Returns the rows that differ, either way.
#}
with

actual as (
    select id, amount, priced_in_step from {{ ref('priced_rows') }}
),

expected as (
    select id, amount, priced_in_step
    from (
        values
        {% if var('step') == 1 %}
            (1, 10, 1), (2, 20, 1), (3, 60, 1), (4, 80, 1)
        {% elif var('step') == 2 %}
            (1, 10, 1), (2, 50, 2), (4, 120, 2), (5, 60, 2)
        {% else %}
            (1, 10, 3), (2, 50, 3), (4, 120, 3), (5, 60, 3)
        {% endif %}
    ) as expected (id, amount, priced_in_step)
)

{{ rows_differ() }}
