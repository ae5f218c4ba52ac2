-- The target list's raw material: the links the zone says it wants to attract (with the source's
-- words), and investors recorded as candidates for a link before anyone has contacted them. A
-- candidate taken up becomes a lead (source GAP_TARGET) and keeps the lead's id.
create table attraction_focus (
    id          uuid primary key,
    park_id     uuid          not null,
    link        varchar(40)   not null,
    reason      varchar(500),
    source_id   uuid,
    quote       varchar(1000),
    created_at  timestamptz   not null,
    unique (park_id, link)
);

create table target_candidate (
    id          uuid primary key,
    park_id     uuid           not null,
    link        varchar(40)    not null,
    investor    varchar(300)   not null,
    capacity    numeric(14, 2) check (capacity >= 0),
    investment  numeric(18, 2) check (investment >= 0),
    land_mu     numeric(12, 2) check (land_mu >= 0),
    power_mw    numeric(12, 2) check (power_mw >= 0),
    note        varchar(1000),
    lead_id     uuid references lead (id),
    created_at  timestamptz    not null,
    created_by  varchar(100)   not null
);
create index target_candidate_park on target_candidate (park_id, link);
