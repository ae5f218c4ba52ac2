create table enterprise (
    id            uuid primary key,
    park_id       uuid         not null,
    credit_code   char(18)     unique,
    name_zh       varchar(200) not null,
    name_en       varchar(200),
    parent_group  varchar(200),
    chain_leader  boolean      not null,
    description   text,
    version       bigint       not null
);
create index enterprise_park on enterprise (park_id);

create table enterprise_chain_role (
    enterprise_id uuid        not null references enterprise (id) on delete cascade,
    park_id       uuid        not null,
    role          varchar(40) not null,
    primary key (enterprise_id, role)
);
