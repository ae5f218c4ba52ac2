-- Each enterprise's running totals from January of a year to each of its months, kept by the stats
-- module with the park's monthly totals. A year to date (or a year) then reads one row per enterprise
-- (and product) at its last month instead of summing up to twelve: the park page of 2,000 enterprises
-- read some 100,000 rows for a year to date and its year-earlier comparison.
-- An enterprise has a row for every month from its first accepted report of the year to December, so
-- that one that stopped reporting in March still counts in the year to date of June.
create table stats_enterprise_ytd (
    park_id         uuid           not null,
    period          date           not null,
    enterprise_id   uuid           not null,
    output_value    numeric(20, 2),
    electricity_kwh numeric(20, 2),
    energy_tce      numeric(18, 3),
    taxes           numeric(20, 2)
);
-- the figures read a month's rows from the index alone
create unique index stats_enterprise_ytd_key on stats_enterprise_ytd (park_id, period, enterprise_id)
    include (output_value, electricity_kwh, energy_tce, taxes);

-- A page reads a few thousand rows of a month: starting parallel workers for that costs more than it
-- saves, and on two cores they take the CPU from the rest of the page.
alter table stats_enterprise_ytd set (parallel_workers = 0);

create table stats_enterprise_product_ytd (
    park_id       uuid           not null,
    period        date           not null,
    enterprise_id uuid           not null,
    product       varchar(40)    not null,
    production    numeric(20, 3),
    sales         numeric(20, 3),
    output_value  numeric(20, 2)
);
create unique index stats_enterprise_product_ytd_key
    on stats_enterprise_product_ytd (park_id, period, enterprise_id, product)
    include (production, sales, output_value);
alter table stats_enterprise_product_ytd set (parallel_workers = 0);

with running as (
    select park_id, enterprise_id, period, sum(output_value) over w as output_value,
           sum(electricity_kwh) over w as electricity_kwh, sum(energy_tce) over w as energy_tce,
           sum(taxes) over w as taxes,
           coalesce(lead(period) over w, cast(date_trunc('year', period::timestamp) + interval '12 months' as date)) as next
    from stats_report where status = 'ACCEPTED'
    window w as (partition by enterprise_id, date_trunc('year', period::timestamp) order by period)
)
insert into stats_enterprise_ytd
select park_id, period, enterprise_id, output_value, electricity_kwh, energy_tce, taxes from running
union all
select r.park_id, cast(m as date), r.enterprise_id, r.output_value, r.electricity_kwh, r.energy_tce, r.taxes
from running r cross join lateral generate_series(r.period::timestamp + interval '1 month',
    r.next::timestamp - interval '1 month', interval '1 month') m
where r.next > r.period + 31;

with running as (
    select park_id, enterprise_id, product, period, sum(sum(production)) over w as production,
           sum(sum(sales)) over w as sales, sum(sum(output_value)) over w as output_value,
           coalesce(lead(period) over w, cast(date_trunc('year', period::timestamp) + interval '12 months' as date)) as next
    from stats_report_line where counted group by park_id, enterprise_id, product, period
    window w as (partition by enterprise_id, product, date_trunc('year', period::timestamp) order by period)
)
insert into stats_enterprise_product_ytd
select park_id, period, enterprise_id, product, production, sales, output_value from running
union all
select r.park_id, cast(m as date), r.enterprise_id, r.product, r.production, r.sales, r.output_value
from running r cross join lateral generate_series(r.period::timestamp + interval '1 month',
    r.next::timestamp - interval '1 month', interval '1 month') m
where r.next > r.period + 31;

-- Years of a park whose running totals an import has made stale: rebuilt after the import commits, so
-- that a million-row import does not wait for them; until then the figures sum the months instead.
-- {@code marked} moves with every import, so a rebuild that read older data leaves the mark in place.
create table stats_ytd_stale (
    park_id uuid   not null,
    year    int    not null,
    marked  bigint not null,
    primary key (park_id, year)
);
