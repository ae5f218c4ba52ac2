-- Standard land (标准地): parcels with their outline, use, status, the project they went to, and the
-- control indicators they were transferred with (SERVICES.md §4.2: investment intensity, output and tax
-- per mu, energy per unit of output, plot ratio, building coefficient, green ratio, deadlines). No
-- parcel of the Pingding park is seeded: its parcel table and indicator values were not found.
create table land_parcel (
    id                    uuid primary key,
    park_id               uuid           not null,
    code                  varchar(50)    not null,
    area_mu               numeric(12, 2) not null check (area_mu > 0),
    land_use              varchar(100)   not null,
    polygon               jsonb          not null,
    status                varchar(12)    not null check (status in ('AVAILABLE', 'RESERVED', 'TRANSFERRED')),
    project_id            uuid,
    transferred_on        date,
    investment_intensity  numeric(12, 2) check (investment_intensity >= 0),
    output_per_mu         numeric(12, 2) check (output_per_mu >= 0),
    tax_per_mu            numeric(12, 2) check (tax_per_mu >= 0),
    energy_per_output     numeric(12, 4) check (energy_per_output >= 0),
    plot_ratio            numeric(6, 2)  check (plot_ratio >= 0),
    building_coefficient  numeric(5, 2)  check (building_coefficient between 0 and 100),
    green_ratio           numeric(5, 2)  check (green_ratio between 0 and 100),
    start_by              date,
    complete_by           date,
    nameplate_by          date,
    note                  varchar(1000),
    created_at            timestamptz    not null,
    created_by            varchar(100)   not null,
    version               bigint         not null,
    unique (park_id, code)
);
create index land_parcel_project on land_parcel (project_id) where project_id is not null;

-- a nameplate review (达产复核) as it was made: the year reviewed, what was measured and the outcome per indicator
create table land_review (
    id           uuid primary key,
    parcel_id    uuid          not null references land_parcel (id),
    year         int           not null,
    results      jsonb         not null,
    compliant    boolean       not null,
    reviewed_at  timestamptz   not null,
    reviewed_by  varchar(100)  not null
);
create index land_review_parcel on land_review (parcel_id);
