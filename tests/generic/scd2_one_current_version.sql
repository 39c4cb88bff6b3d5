{#
    SCD2 integrity: a key has at most one current version (dbt_valid_to
    null). A key whose row was hard-deleted upstream has none. Returns the
    keys with more than one.
#}
{% test scd2_one_current_version(model, unique_key) %}

select
    {{ unique_key }},
    count(*) as current_versions
from {{ model }}
where dbt_valid_to is null
group by {{ unique_key }}
having count(*) > 1

{% endtest %}
