{#
    What a Fixed Fee contract has recognized once `hours` of its
    `estimate_hours` at completion are worked (doc fixed_fee_recognition):
    fee x min(1, hours / estimate). With no hours worked or planned
    nothing is recognized; with no fee known, the revenue is unknown
    (null), never zero.
#}
{% macro fixed_fee_recognized(fee, hours, estimate_hours) -%}
    case
        when {{ fee }} is null then null
        when {{ estimate_hours }} <= 0 then 0
        else {{ fee }} * least(1, {{ hours }} / {{ estimate_hours }})
    end
{%- endmacro %}
