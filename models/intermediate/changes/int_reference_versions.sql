-- One row per reference seed (and the calendar vars): a digest of its
-- content and staged_at, when this warehouse first built it as it is now
-- (decision 39). The incremental models count the reference data as an
-- input: staged_clock takes the newest of these stamps into every
-- watermark, and staged_watermark answers -infinity (read everything
-- again) to a model built before the reference data last changed, so a
-- corrected FX rate, a moved holiday, a role's target or a status's
-- probability reach every mart in the next daily build.
{%- set held = held_staged_relation() %}

with

{% set seeds = [
    'fx_rates', 'public_holidays', 'roles', 'project_statuses',
    'project_types', 'dq_reason_codes',
] %}

{% for seed in seeds %}
    {{ seed }} as (
        select * from {{ ref(seed) }}
    ),
{% endfor %}

digests as (
    {% for seed in seeds %}
        select
            '{{ seed }}' as reference_name,
            count(*) as row_count,
            {% if builds_incrementally() -%}
                md5(coalesce(string_agg(
                    cast({{ seed }} as text), '|'
                    order by cast({{ seed }} as text)
                ), '')) as digest
            {%- else -%}
                {#- Spark rebuilds every model whole (decision 38) -#}
                cast(null as string) as digest
            {%- endif %}
        from {{ seed }}
        union all
    {% endfor %}
    select
        'calendar_vars' as reference_name,
        2 as row_count,
        md5('{{ var("calendar_start") }}|{{ var("calendar_end") }}')
            as digest
),

final as (
    select
        digests.reference_name,
        digests.row_count,
        digests.digest,
        {% if held is none -%}
            current_timestamp as staged_at
        {%- else -%}
            case
                when held.digest = digests.digest then held.staged_at
                else current_timestamp
            end as staged_at
        {%- endif %}
    from digests
    {% if held is not none -%}
        left outer join {{ held }} as held
            on digests.reference_name = held.reference_name
    {%- endif %}
)

select * from final
