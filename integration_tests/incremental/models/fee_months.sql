-- Support fee months (int_support_fee_months in the main project), for
-- the forecast window: a fee was due in November 2025.
select
    project_id,
    cast(month_start as date) as month_start
from (values (7, '2025-11-01'), (7, '2025-12-01')) as fee_months (project_id, month_start)
