create table source (
    id           uuid primary key,
    title        varchar(500)  not null,
    publisher    varchar(200),
    published_on date,
    url          varchar(1000),
    created_at   timestamptz   not null default now()
);

-- A citation ties a source to one figure (field) of one subject, e.g. project X's capacity.
create table citation (
    id           uuid primary key,
    source_id    uuid         not null references source (id),
    park_id      uuid         not null,
    subject_type varchar(40)  not null,
    subject_id   uuid         not null,
    field        varchar(80)  not null,
    note         varchar(500),
    unique (subject_type, subject_id, field, source_id)
);
create index citation_subject on citation (subject_type, subject_id);
