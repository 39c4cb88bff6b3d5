{#
    member_window and forecast_window as of 2026-02-15, by hand: the member
    window opens on the first day planned or worked (the plan of 29
    December 2025, before the first hours of 5 January), the forecast
    window on the month of the first fee or hours (November 2025); both
    end with the 12th month after the as-of month (28 February 2027).
#}
select 'member' as window_name, member_days.*
from ({{ member_window(ref('priced_rows'), ref('plan_days')) }}) as member_days
where
    member_days.window_start_on <> cast('2025-12-29' as date)
    or member_days.window_end_on <> cast('2027-02-28' as date)
union all
select 'forecast' as window_name, forecast_months.*
from ({{ forecast_window(ref('priced_rows'), ref('fee_months')) }}) as forecast_months
where
    forecast_months.window_start_on <> cast('2025-11-01' as date)
    or forecast_months.window_end_on <> cast('2027-02-28' as date)
