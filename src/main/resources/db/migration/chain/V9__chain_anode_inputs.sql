-- What a tonne of finished anode takes from upstream. Crucible use was found in no source and has
-- no row: the balance shows it as unknown.
create table chain_anode_input (
    set_id int          not null references chain_coefficient_set (id),
    input  varchar(30)  not null,
    low    numeric(12, 3) not null,
    base   numeric(12, 3) not null,
    high   numeric(12, 3) not null,
    unit   varchar(20)  not null,
    source varchar(500) not null,
    grade  char(1)      not null check (grade in ('A', 'B', 'C', 'D')),
    primary key (set_id, input),
    check (low > 0 and low <= base and base <= high)
);

insert into chain_anode_input (set_id, input, low, base, high, unit, source, grade) values
 (1, 'COKE', 1.2, 1.35, 1.5, 't/t', 'RESEARCH.md §2.4: 1.2–1.5 t coke per t finished anode, not found in sources (ask operators)', 'D'),
 (1, 'ELECTRICITY_ACHESON', 12000, 13000, 14000, 'kWh/t', 'RESEARCH.md §2.3: 12,000–14,000 kWh/t (SMM-cited; Benchmark/ICCSINO >12,000)', 'B'),
 (1, 'ELECTRICITY_BOX_OR_LWG', 8000, 9500, 11000, 'kWh/t', 'RESEARCH.md §2.3: box and LWG furnaces lower it; magnitude assumed 8,000–11,000 kWh/t', 'D');
