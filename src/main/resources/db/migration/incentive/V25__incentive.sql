-- Incentives: the policy library with the enterprises enrolled in each; case-by-case deals (一事一议)
-- that are signed only with their legal basis and a fair-competition review record (公平竞争审查条例,
-- in force 2024-08-01, 第10、12、17、18条; SERVICES.md §6); and the two-sided commitment ledger of each
-- deal — the government's promises and the enterprise's obligations — with what a missed one claws back.
create table incentive_policy (
    id                 uuid primary key,
    park_id            uuid           not null,
    name               varchar(200)   not null,
    kind               varchar(20)    not null check (kind in ('ELECTRICITY_PRICE', 'OTHER')),
    eligibility        varchar(2000)  not null,
    reduction_per_kwh  numeric(8, 4)  check (reduction_per_kwh >= 0),
    basis              varchar(1000)  not null,
    grade              char(1)        not null check (grade in ('S', 'P', 'I')),
    created_at         timestamptz    not null,
    created_by         varchar(100)   not null
);

create table incentive_enrolment (
    policy_id      uuid  not null references incentive_policy (id),
    enterprise_id  uuid  not null,
    from_month     date  not null,
    to_month       date,
    primary key (policy_id, enterprise_id)
);

create table incentive_deal (
    id                 uuid primary key,
    park_id            uuid           not null,
    enterprise_id      uuid           not null,
    project_id         uuid,
    title              varchar(200)   not null,
    content            varchar(4000)  not null,
    benefit_kind       varchar(20)    not null check (benefit_kind in ('TAX', 'FISCAL', 'FACTOR', 'PRICE', 'SERVICE')),
    amount             numeric(18, 2) check (amount >= 0),
    legal_basis        varchar(1000),
    review_no          varchar(100),
    reviewed_on        date,
    review_conclusion  varchar(20)    check (review_conclusion in ('NO_RESTRICTION', 'EXCEPTION')),
    exception_ground   varchar(1000),
    term_ends_on       date,
    status             varchar(10)    not null check (status in ('DRAFT', 'SIGNED')),
    signed_on          date,
    created_at         timestamptz    not null,
    created_by         varchar(100)   not null,
    version            bigint         not null
);
create index incentive_deal_park on incentive_deal (park_id);

create table incentive_commitment (
    deal_id        uuid           not null references incentive_deal (id),
    position       int            not null,
    side           varchar(12)    not null check (side in ('GOVERNMENT', 'ENTERPRISE')),
    kind           varchar(12)    not null check (kind in ('INVESTMENT', 'OUTPUT', 'TAX', 'JOBS', 'OTHER')),
    description    varchar(1000)  not null,
    target         numeric(18, 2) check (target >= 0),
    due_on         date           not null,
    clawback       varchar(12)    not null check (clawback in ('NONE', 'PROPORTIONAL', 'FULL')),
    fulfilled_on   date,
    recorded_actual numeric(18, 2),
    primary key (deal_id, position)
);
