-- A park's monthly totals of what counts, kept by the stats module whenever a month's accepted
-- reports change (accept, import, synthetic data), so that the twelve-month charts of a park with
-- thousands of enterprises read 24 rows instead of tens of thousands.
create table stats_park_month (
    park_id         uuid           not null,
    period          date           not null,
    reports         int            not null,
    output_value    numeric(20, 2),
    electricity_kwh numeric(20, 2),
    primary key (park_id, period)
);

create table stats_park_month_product (
    park_id    uuid           not null,
    period     date           not null,
    product    varchar(40)    not null,
    production numeric(20, 3),
    primary key (park_id, period, product)
);

insert into stats_park_month
select park_id, period, count(*), sum(output_value), sum(electricity_kwh)
from stats_report where status = 'ACCEPTED' group by park_id, period;

insert into stats_park_month_product
select park_id, period, product, sum(production)
from stats_report_line where counted group by park_id, period, product;
create index stats_report_import on stats_report (import_id) where import_id is not null;

-- Bumped with every change of a park's counted reports, so that computed figures can be reused
-- until the data under them changes.
create table stats_park_version (
    park_id uuid primary key,
    version bigint not null
);

-- The unique (enterprise_id, period, revision) index answers what this one did; one index less to
-- maintain when a million rows arrive.
drop index stats_report_enterprise;
