{#
    Spark (decision 38): the `grants` configs of the layers are PostgreSQL
    roles (decision 18). A Spark session has no roles to grant to, and a
    cluster's catalog (Unity Catalog, Ranger) has grants of its own, set
    there; so on Spark no grant statement is sent (a GRANT or SHOW GRANTS
    fails on a plain Spark). PostgreSQL applies them as before.
#}
{% macro spark__apply_grants(relation, grant_config, should_revoke=True) -%}
    {%- if grant_config -%}
        {{ log('grants of ' ~ relation ~ ' are PostgreSQL roles: not applied on Spark') }}
    {%- endif -%}
{%- endmacro %}
