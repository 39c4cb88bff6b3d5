{#
    What a Fixed Fee contract has recognized once `hours` of its
    `estimate_hours` at completion are worked (doc fixed_fee_recognition):
    fee x min(1, hours / estimate). With no hours worked or planned
    nothing is recognized; with no fee known, the revenue is unknown
    (null), never zero. The product comes before the division, on
    operands of bounded precision: Spark keeps a quotient of wide decimals
    to 6 places, and fee x (hours / estimate) was then off by up to fee x
    0.0000005 (33 cents of a 1,000,000 fee at a third); fee x hours /
    estimate keeps 11 places there, and PostgreSQL about as many.
#}
{% macro fixed_fee_recognized(fee, hours, estimate_hours) -%}
    case
        when {{ fee }} is null then null
        when {{ estimate_hours }} <= 0 then 0
        when {{ hours }} >= {{ estimate_hours }} then {{ fee }}
        else
            cast({{ fee }} as numeric(14, 2))
            * cast({{ hours }} as numeric(14, 2))
            / cast({{ estimate_hours }} as numeric(14, 2))
    end
{%- endmacro %}
