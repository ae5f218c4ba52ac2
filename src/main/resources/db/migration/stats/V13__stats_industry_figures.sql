-- Annual output value by industry where enterprise detail is unknown: the park's own industry (as a
-- source states it, or derived from what it states) and the county's other industries entered by
-- staff, so that the battery industry's growth and rank come from stored figures.
create table stats_industry_figure (
    id            uuid primary key,
    park_id       uuid          not null,
    year          int           not null check (year between 1990 and 2100),
    industry_zh   varchar(200)  not null,
    industry_en   varchar(200),
    park_industry boolean       not null,
    output_value  numeric(18, 2) check (output_value >= 0),
    basis         varchar(20)   not null,
    derivation    varchar(500),
    stated_rank   int check (stated_rank >= 1),
    source_id     uuid,
    created_at    timestamptz   not null,
    created_by    varchar(100)  not null,
    unique (park_id, year, industry_zh)
);
