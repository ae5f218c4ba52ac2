create table audit_entry (
    id           bigserial primary key,
    park_id      uuid         not null,
    subject_type varchar(40)  not null,
    subject_id   uuid         not null,
    username     varchar(100) not null,
    changed_at   timestamptz  not null,
    field        varchar(80)  not null,
    old_value    text,
    new_value    text
);
create index audit_entry_subject on audit_entry (subject_type, subject_id, changed_at);
