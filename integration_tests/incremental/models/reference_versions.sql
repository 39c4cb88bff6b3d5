-- The reference data's stamp (int_reference_versions in the main
-- project): corrected at step 3, after every input stamp of step 2.
select
    'fx_rates' as reference_name,
    cast(
        {{ "'2026-03-01 00:00:00+00'" if var('step') >= 3
            else "'2026-01-01 00:00:00+00'" }}
        as timestamp with time zone
    ) as staged_at
