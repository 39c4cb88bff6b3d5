{#
    staged_clock: the newest stamp of the relations given (by hand:
    2026-01-10, 2026-02-10, then the reference data's 2026-03-01), and
    -infinity over a relation with no row.
#}
{% set expected = {
    1: '2026-01-10 00:00:00+00',
    2: '2026-02-10 00:00:00+00',
    3: '2026-03-01 00:00:00+00',
}[var('step')] %}

select 'three inputs' as clock_of, clock
from (
    select {{ staged_clock([
        ref('input_rows'), ref('members'), ref('reference_versions'),
    ]) }} as clock
) as three
where clock is distinct from cast('{{ expected }}' as timestamp with time zone)
union all
select 'no row' as clock_of, clock
from (select {{ staged_clock([ref('empty_stamps')]) }} as clock) as empty
where clock is distinct from cast('-infinity' as timestamp with time zone)
