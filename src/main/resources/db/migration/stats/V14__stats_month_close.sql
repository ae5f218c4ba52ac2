-- A closed month of a park: the dispatch report as it stood when staff closed it. Rows are never
-- updated or deleted; corrections accepted later show against this snapshot.
create table stats_month_close (
    id        uuid primary key,
    park_id   uuid         not null,
    period    date         not null check (extract(day from period) = 1),
    closed_at timestamptz  not null,
    closed_by varchar(100) not null,
    snapshot  jsonb        not null,
    unique (park_id, period)
);

create function stats_month_close_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'a closed month is immutable';
end $$;

create trigger stats_month_close_immutable before update or delete on stats_month_close
    for each row execute function stats_month_close_is_immutable();
