-- The investment pipeline: promotion events and investment ambassadors, leads under code names
-- attributed to them, each lead's stage and what its gates recorded, and the log of every stage.
create table promotion_event (
    id               uuid primary key,
    park_id          uuid           not null,
    name_zh          varchar(300)   not null,
    name_en          varchar(300),
    held_on          date,
    place            varchar(200),
    organisers       varchar(500),
    chain_focus      varchar(500),
    stated_projects  int check (stated_projects >= 0),
    stated_amount    numeric(18, 2) check (stated_amount >= 0),
    source_id        uuid,
    quote            varchar(1000),
    created_at       timestamptz    not null
);
create index promotion_event_park on promotion_event (park_id);

-- An ambassador is recorded by organisation and title; a person's name is not needed to credit leads.
create table ambassador (
    id            uuid primary key,
    park_id       uuid          not null,
    organisation  varchar(300)  not null,
    title         varchar(200)  not null,
    appointed_at  varchar(300),
    appointed_on  date,
    term_ends_on  date,
    source_id     uuid,
    quote         varchar(1000),
    created_at    timestamptz   not null
);
create index ambassador_park on ambassador (park_id);

create table lead (
    id                  uuid primary key,
    park_id             uuid           not null,
    code_name           varchar(100)   not null,
    investor_group      varchar(300),
    local_company       varchar(300),
    link                varchar(40),
    expected_investment numeric(18, 2) check (expected_investment >= 0),
    capacity            numeric(16, 2) check (capacity >= 0),
    land_mu             numeric(12, 2) check (land_mu >= 0),
    power_load_mw       numeric(12, 2) check (power_load_mw >= 0),
    jobs                int check (jobs >= 0),
    source              varchar(20)    not null,
    event_id            uuid references promotion_event (id),
    ambassador_id       uuid references ambassador (id),
    owner               varchar(100),
    likelihood          numeric(4, 3) check (likelihood between 0 and 1),
    next_action         varchar(500),
    next_action_due     date,
    stage               varchar(20)    not null,
    agreement_date      date,
    agreement_amount    numeric(18, 2) check (agreement_amount > 0),
    lost_reason         varchar(1000),
    project_id          uuid,
    created_at          timestamptz    not null,
    version             bigint         not null
);
create index lead_park on lead (park_id, created_at);

create table lead_stage_log (
    lead_id  uuid          not null references lead (id) on delete cascade,
    position int           not null,
    park_id  uuid          not null,
    stage    varchar(20)   not null,
    at       timestamptz   not null,
    username varchar(100)  not null,
    note     varchar(1000),
    primary key (lead_id, position)
);
