-- A park's development plan: stages with deadlines and dated targets. A revision writes a new version
-- and keeps the old ones; the plan row says which version is current.
create table plan (
    id              uuid primary key,
    park_id         uuid          not null,
    current_version int           not null,
    created_at      timestamptz   not null,
    created_by      varchar(100)  not null,
    version         bigint        not null
);
create index plan_park on plan (park_id);

create table plan_version (
    plan_id    uuid          not null references plan (id),
    no         int           not null check (no >= 1),
    name_zh    varchar(200)  not null,
    name_en    varchar(200),
    note       varchar(2000),
    created_at timestamptz   not null,
    created_by varchar(100)  not null,
    primary key (plan_id, no)
);

create table plan_stage (
    plan_id  uuid          not null,
    no       int           not null,
    stage_no int           not null check (stage_no >= 1),
    name_zh  varchar(200)  not null,
    name_en  varchar(200),
    deadline date          not null,
    primary key (plan_id, no, stage_no),
    foreign key (plan_id, no) references plan_version (plan_id, no)
);

-- threshold: t/yr (or the link's unit) for capacity, yuan for output value, enterprises for presence
-- and kinds of enterprise, a ratio for matching, the worst acceptable place for a national rank.
create table plan_target (
    plan_id        uuid           not null,
    no             int            not null,
    position       int            not null,
    stage_no       int            not null,
    kind           varchar(30)    not null,
    link           varchar(40),
    toll_included  boolean        not null,
    chain_role     varchar(40),
    project_id     uuid,
    threshold      numeric(20, 4) not null check (threshold > 0),
    target_date    date           not null,
    description_zh varchar(500)   not null,
    description_en varchar(500),
    interpretation varchar(500),
    source_id      uuid,
    quote          varchar(1000),
    actual_value   numeric(20, 4),
    actual_as_of   date,
    actual_source_id uuid,
    primary key (plan_id, no, position),
    foreign key (plan_id, no) references plan_version (plan_id, no)
);

-- A forecast somebody stated (e.g. the town's 220,000 t for end-2023), kept with who said it, when
-- and where it was published, beside the plan's target it speaks to.
create table plan_forecast (
    id          uuid primary key,
    plan_id     uuid           not null references plan (id),
    kind        varchar(30)    not null,
    link        varchar(40),
    value       numeric(20, 4) not null check (value > 0),
    target_date date           not null,
    stated_by   varchar(200)   not null,
    stated_on   date,
    source_id   uuid,
    quote       varchar(1000),
    created_at  timestamptz    not null,
    created_by  varchar(100)   not null
);

-- The projection's assumptions, editable, each with where it comes from. A delay is a triangle of
-- months (least, most likely, greatest) with the odds of cancellation; a lead time is months from now
-- to production for a project without a dated production milestone.
create table plan_assumption (
    key         varchar(60) primary key,
    low         numeric(20, 4),
    mode        numeric(20, 4) not null,
    high        numeric(20, 4),
    probability numeric(6, 4) check (probability between 0 and 1),
    source      varchar(1000) not null,
    grade       char(1)       not null check (grade in ('A', 'B', 'C', 'D')),
    updated_at  timestamptz   not null,
    updated_by  varchar(100)  not null
);

insert into plan_assumption (key, low, mode, high, probability, source, grade, updated_at, updated_by) values
('delay.PIPELINE', 0, 6, 24, 0.30, 'RESEARCH.md §4: signing → construction start 3–9 months; multi-phase projects often slip a phase by ≥ 1 year (C/D). Range and odds of cancellation: platform inference, to be calibrated.', 'D', now(), 'system'),
('delay.APPROVALS', 0, 4, 18, 0.15, 'RESEARCH.md §4 rules of thumb (C/D); commitment-based approval shortens filing to start by about a third (RESEARCH.md §6). Range and odds: platform inference.', 'D', now(), 'system'),
('delay.CONSTRUCTION', 0, 3, 12, 0.05, 'RESEARCH.md §4: construction start → trial production 6–12 months; Zhongye phase 2 ready but idle for over a year (B). Range and odds: platform inference.', 'D', now(), 'system'),
('delay.PRODUCING', 0, 0, 0, 0, 'A producing project has reached production: no delay, no cancellation.', 'C', now(), 'system'),
('delay.HALTED', 6, 12, 36, 0.40, 'Suspended projects: platform inference, no sourced rate.', 'D', now(), 'system'),
('ramp', 6, 12, 18, null, 'RESEARCH.md §4: trial production → nameplate 6–18 months (C/D).', 'C', now(), 'system'),
('market.spread', null, 1, null, null, 'Prices and utilization move across the bands of the chain coefficient set (RESEARCH.md §3); 1 = the whole band, 0 = base only.', 'C', now(), 'system'),
('lead.PLANNED', null, 30, null, null, 'Months to production of a planned project without a dated milestone: RESEARCH.md §4 signing 3–9 + construction 6–12 + trial; platform inference.', 'D', now(), 'system'),
('lead.SIGNED', null, 24, null, null, 'RESEARCH.md §4 rules of thumb; platform inference.', 'D', now(), 'system'),
('lead.FILED', null, 18, null, null, 'RESEARCH.md §4 rules of thumb; platform inference.', 'D', now(), 'system'),
('lead.LAND_SECURED', null, 15, null, null, 'RESEARCH.md §4 rules of thumb; platform inference.', 'D', now(), 'system'),
('lead.UNDER_CONSTRUCTION', null, 9, null, null, 'RESEARCH.md §4: construction start → trial production 6–12 months (C/D).', 'C', now(), 'system'),
('lead.BUILT', null, 3, null, null, 'Built and ready to produce: platform inference.', 'D', now(), 'system'),
('lead.TRIAL_PRODUCTION', null, 3, null, null, 'Trial production to production: platform inference.', 'D', now(), 'system'),
('lead.SUSPENDED', null, 24, null, null, 'Suspended: platform inference.', 'D', now(), 'system'),
('electricity.GRAPHITIZATION', 12000, 13000, 14000, null, 'RESEARCH.md §2.3 / §8: Acheson graphitization 12,000–14,000 kWh/t (B).', 'B', now(), 'system'),
('electricity.ANODE', 8000, 13000, 14000, null, 'An integrated anode plant graphitizes its own material: taken as the graphitization figure, RESEARCH.md §8 (inference).', 'D', now(), 'system'),
('calibration.minimum', null, 8, null, null, 'Milestones with a baseline and an actual date it takes to fit delays from the registry instead of the defaults: platform inference.', 'D', now(), 'system');

-- Named sets of overrides ("BTR 100,000 t slips one year", "anode price −20 %"), compared side by side.
create table plan_scenario (
    id         uuid primary key,
    plan_id    uuid          not null references plan (id),
    name       varchar(200)  not null,
    overrides  jsonb         not null,
    created_at timestamptz   not null,
    created_by varchar(100)  not null,
    unique (plan_id, name)
);
