create table user_account (
    id             uuid primary key,
    username       varchar(50)  not null unique,
    display_name   varchar(100),
    password_hash  varchar(100) not null,
    role           varchar(20)  not null,
    park_id        uuid,
    enterprise_id  uuid,
    enabled        boolean      not null,
    created_at     timestamptz  not null,
    version        bigint       not null,
    constraint enterprise_user_has_enterprise check (role <> 'ENTERPRISE' or (enterprise_id is not null and park_id is not null))
);
