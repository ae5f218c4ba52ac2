-- Monthly enterprise reports. A report is one revision of one enterprise's month; the figures use
-- the accepted revision, older accepted ones are kept as SUPERSEDED.
create table stats_report (
    id              uuid primary key,
    park_id         uuid          not null,
    enterprise_id   uuid          not null,
    period          date          not null check (extract(day from period) = 1),
    revision        int           not null check (revision >= 1),
    status          varchar(20)   not null,
    output_value    numeric(18, 2) check (output_value >= 0),
    electricity_kwh numeric(18, 2) check (electricity_kwh >= 0),
    energy_tce      numeric(16, 3) check (energy_tce >= 0),
    employees       int check (employees >= 0),
    taxes           numeric(18, 2) check (taxes >= 0),
    return_reason   varchar(2000),
    origin          varchar(20)   not null,
    import_id       uuid,
    synthetic       boolean       not null default false,
    created_at      timestamptz   not null,
    created_by      varchar(100)  not null,
    submitted_at    timestamptz,
    submitted_by    varchar(100),
    reviewed_at     timestamptz,
    reviewed_by     varchar(100),
    version         bigint        not null,
    unique (enterprise_id, period, revision)
);
-- At most one revision of a month is open (not accepted nor superseded) at a time.
create unique index stats_report_one_open on stats_report (enterprise_id, period)
    where status in ('DRAFT', 'SUBMITTED', 'RETURNED');
-- The figures read accepted reports of a park by month.
create index stats_report_accepted on stats_report (park_id, period, enterprise_id)
    include (output_value, electricity_kwh, energy_tce, employees, taxes)
    where status = 'ACCEPTED';
create index stats_report_enterprise on stats_report (enterprise_id, period);

create table stats_report_line (
    report_id    uuid          not null references stats_report (id) on delete cascade,
    position     int           not null,
    park_id      uuid          not null,
    product      varchar(40)   not null,
    production   numeric(16, 3) check (production >= 0),
    sales        numeric(16, 3) check (sales >= 0),
    output_value numeric(18, 2) check (output_value >= 0),
    primary key (report_id, position)
);

create table stats_report_investment (
    report_id  uuid          not null references stats_report (id) on delete cascade,
    position   int           not null,
    park_id    uuid          not null,
    project_id uuid          not null,
    amount     numeric(18, 2) not null check (amount >= 0),
    primary key (report_id, position)
);

create table stats_report_explanation (
    report_id uuid          not null references stats_report (id) on delete cascade,
    position  int           not null,
    park_id   uuid          not null,
    rule      varchar(40)   not null,
    text      varchar(2000) not null,
    primary key (report_id, position)
);

-- Every import attempt, with the errors of a refused one so that they can be downloaded later.
create table stats_import (
    id          uuid primary key,
    park_id     uuid          not null,
    file_name   varchar(300)  not null,
    succeeded   boolean       not null,
    rows        bigint        not null,
    reports     bigint        not null,
    error_count bigint        not null,
    errors      jsonb         not null,
    created_at  timestamptz   not null,
    created_by  varchar(100)  not null
);
create index stats_import_park on stats_import (park_id, created_at desc);
