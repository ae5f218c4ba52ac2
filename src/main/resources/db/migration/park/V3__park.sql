create table park (
    id                 uuid primary key,
    code               varchar(32)  not null unique,
    name_zh            varchar(200) not null,
    name_en            varchar(200),
    province           varchar(50),
    city               varchar(50),
    county             varchar(50),
    town               varchar(50),
    tier_zh            varchar(200),
    tier_en            varchar(200),
    managing_body_zh   varchar(200),
    managing_body_en   varchar(200),
    lead_industry_zh   varchar(200),
    lead_industry_en   varchar(200),
    description_zh     text,
    description_en     text,
    version            bigint       not null
);
