create table project (
    id               uuid primary key,
    park_id          uuid          not null,
    enterprise_id    uuid          not null,
    name_zh          varchar(300)  not null,
    name_en          varchar(300),
    total_investment numeric(18, 2) check (total_investment >= 0),
    stage            varchar(30)   not null,
    description      text,
    created_at       timestamptz   not null,
    version          bigint        not null
);
create index project_park on project (park_id);
create index project_enterprise on project (enterprise_id);

create table capacity_line (
    project_id uuid          not null references project (id) on delete cascade,
    position   int           not null,
    park_id    uuid          not null,
    product    varchar(40)   not null,
    unit       varchar(30)   not null,
    nameplate  numeric(16, 2) check (nameplate > 0),
    form       varchar(20)   not null,
    primary key (project_id, position)
);

create table project_phase (
    project_id uuid         not null references project (id) on delete cascade,
    position   int          not null,
    park_id    uuid         not null,
    phase_no   int          not null,
    name_zh    varchar(100) not null,
    name_en    varchar(100),
    stage      varchar(30)  not null,
    primary key (project_id, position)
);

create table stage_log (
    project_id uuid         not null references project (id) on delete cascade,
    position   int          not null,
    park_id    uuid         not null,
    stage      varchar(30)  not null,
    phase_no   int,
    changed_at timestamptz  not null,
    username   varchar(100) not null,
    note       varchar(1000),
    primary key (project_id, position)
);

create table milestone (
    project_id   uuid        not null references project (id) on delete cascade,
    position     int         not null,
    park_id      uuid        not null,
    kind         varchar(30) not null,
    planned_date date,
    actual_date  date,
    primary key (project_id, position)
);

create table progress_note (
    project_id uuid          not null references project (id) on delete cascade,
    position   int           not null,
    park_id    uuid          not null,
    written_at timestamptz   not null,
    username   varchar(100)  not null,
    text       varchar(4000) not null,
    primary key (project_id, position)
);
