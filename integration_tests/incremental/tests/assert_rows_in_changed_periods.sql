{#
    rows_in_changed_periods: scoped, the input's rows in the months the
    step-2 change set lists (member 1 in January and February, member 2 in
    January: rows 1, 2, 3 and 5, not row 4, member 2 in February); not
    scoped, every row. By hand, per step.
#}
with

actual as (
    select 'scoped' as read_as, scoped_rows.id
    from {{ rows_in_changed_periods(
        ref('input_rows'), ref('changes'), 'month', 'member_id', 'worked_on',
        scoped=true,
    ) }} as scoped_rows
    union all
    select 'whole' as read_as, whole_rows.id
    from {{ rows_in_changed_periods(
        ref('input_rows'), ref('changes'), 'month', 'member_id', 'worked_on',
        scoped=false,
    ) }} as whole_rows
),

expected as (
    select read_as, id
    from (
        values
        {% if var('step') == 1 %}
            ('whole', 1), ('whole', 2), ('whole', 3), ('whole', 4)
        {% else %}
            ('whole', 1), ('whole', 2), ('whole', 3), ('whole', 4),
            ('whole', 5)
        {% endif %}
        {% if var('step') == 2 %}
            , ('scoped', 1), ('scoped', 2), ('scoped', 3), ('scoped', 5)
        {% endif %}
    ) as expected (read_as, id)
)

{{ rows_differ() }}
