-- Coefficient sets are immutable: a change makes a new set, so every balance can name the set it used.
create table chain_coefficient_set (
    id         int primary key,
    label      varchar(200) not null,
    created_at timestamptz  not null,
    created_by varchar(100) not null
);

-- Material per GWh of cells, by link, chemistry and basis (RESEARCH.md 1.1): low / base / high, with
-- the source and its grade (A best … D rough).
create table chain_intensity (
    set_id    int          not null references chain_coefficient_set (id),
    link      varchar(40)  not null,
    chemistry varchar(10)  not null,
    basis     varchar(10)  not null,
    low       numeric(12, 3) not null,
    base      numeric(12, 3) not null,
    high      numeric(12, 3) not null,
    unit      varchar(20)  not null,
    source    varchar(500) not null,
    grade     char(1)      not null check (grade in ('A', 'B', 'C', 'D')),
    primary key (set_id, link, chemistry, basis),
    check (low > 0 and low <= base and base <= high)
);

insert into chain_coefficient_set values (1, 'RESEARCH.md seed: §1.6 technical, §1.5 MIIT 2024 apparent', now(), 'system');

insert into chain_intensity (set_id, link, chemistry, basis, low, base, high, unit, source, grade) values
 (1, 'ANODE', 'LFP', 'TECHNICAL', 950, 1100, 1300, 't/GWh', 'RESEARCH.md §1.6: Argonne BatPaC 5.1 (Busch et al., Mineral_Intensity.xlsx) and CATL BTF0 teardown (TUM), incl. 5–10 % scrap', 'A'),
 (1, 'ANODE', 'NCM523', 'TECHNICAL', 850, 950, 1100, 't/GWh', 'RESEARCH.md §1.6: Argonne BatPaC 5.1 (Busch et al.), incl. 5–10 % scrap', 'A'),
 (1, 'ANODE', 'NCM811', 'TECHNICAL', 850, 950, 1050, 't/GWh', 'RESEARCH.md §1.6: Argonne BatPaC 5.1 (Busch et al.), incl. 5–10 % scrap', 'A'),
 (1, 'CATHODE_LFP', 'LFP', 'TECHNICAL', 2000, 2200, 2600, 't/GWh', 'RESEARCH.md §1.6: CAM back-calculated from BatPaC 5.1 and the CATL BTF0 teardown', 'C'),
 (1, 'CATHODE_NCM523', 'NCM523', 'TECHNICAL', 1500, 1650, 1800, 't/GWh', 'RESEARCH.md §1.6: CAM back-calculated from BatPaC 5.1', 'C'),
 (1, 'CATHODE_NCM811', 'NCM811', 'TECHNICAL', 1300, 1420, 1550, 't/GWh', 'RESEARCH.md §1.6: CAM back-calculated from BatPaC 5.1', 'C'),
 (1, 'ELECTROLYTE', 'LFP', 'TECHNICAL', 700, 1000, 1300, 't/GWh', 'RESEARCH.md §1.6: mass balance of the CATL BTF0 teardown (widest uncertainty)', 'D'),
 (1, 'ELECTROLYTE', 'NCM523', 'TECHNICAL', 300, 650, 900, 't/GWh', 'RESEARCH.md §1.6: VW ID.3 pouch cell, 1 g/Ah (Günter & Wassiliadis 2022), scaled', 'D'),
 (1, 'ELECTROLYTE', 'NCM811', 'TECHNICAL', 270, 550, 850, 't/GWh', 'RESEARCH.md §1.6: VW ID.3 pouch cell, 1 g/Ah (Günter & Wassiliadis 2022), scaled', 'D'),
 (1, 'SEPARATOR', 'LFP', 'TECHNICAL', 12, 14, 18, 'million m²/GWh', 'RESEARCH.md §1.6: CATL BTF0 teardown; MIIT apparent ratio as upper bound', 'C'),
 (1, 'SEPARATOR', 'NCM523', 'TECHNICAL', 6, 10, 14, 'million m²/GWh', 'RESEARCH.md §1.6: VW ID.3 teardown; MIIT apparent ratio as upper bound', 'C'),
 (1, 'SEPARATOR', 'NCM811', 'TECHNICAL', 5.5, 9, 13, 'million m²/GWh', 'RESEARCH.md §1.6: VW ID.3 teardown; MIIT apparent ratio as upper bound', 'C'),
 (1, 'COPPER_FOIL', 'LFP', 'TECHNICAL', 300, 400, 550, 't/GWh', 'RESEARCH.md §1.6: BatPaC Cu scaled to 6 µm foil; CATL BTF0 teardown', 'C'),
 (1, 'COPPER_FOIL', 'NCM523', 'TECHNICAL', 220, 320, 450, 't/GWh', 'RESEARCH.md §1.6: BatPaC Cu scaled to 6 µm foil', 'C'),
 (1, 'COPPER_FOIL', 'NCM811', 'TECHNICAL', 200, 300, 420, 't/GWh', 'RESEARCH.md §1.6: BatPaC Cu scaled to 6 µm foil', 'C'),
 (1, 'ALUMINIUM_FOIL', 'LFP', 'TECHNICAL', 200, 300, 600, 't/GWh', 'RESEARCH.md §1.6: physics of the BTF0 teardown to industry quotes (ultragreenbattery)', 'C'),
 (1, 'ALUMINIUM_FOIL', 'NCM523', 'TECHNICAL', 150, 250, 450, 't/GWh', 'RESEARCH.md §1.6: physics to industry quotes', 'C'),
 (1, 'ALUMINIUM_FOIL', 'NCM811', 'TECHNICAL', 130, 220, 400, 't/GWh', 'RESEARCH.md §1.6: physics to industry quotes', 'C');

-- MIIT 2024: 1,170 GWh of cells; 2.0 Mt anode, 3.1 Mt cathode, 1.3 Mt electrolyte, 21 bn m² separator.
-- One national ratio for every chemistry; foils have none and stay out of an apparent balance.
insert into chain_intensity (set_id, link, chemistry, basis, low, base, high, unit, source, grade)
select 1, l.link, c.chemistry, 'APPARENT', l.v, l.v, l.v, l.unit,
       'RESEARCH.md §1.5: MIIT 2024 national output ÷ 1,170 GWh of cells (CCTV/MIIT)', 'C'
from (values ('ANODE', 1710, 't/GWh'), ('ELECTROLYTE', 1110, 't/GWh'), ('SEPARATOR', 17.9, 'million m²/GWh')) as l(link, v, unit)
cross join (values ('LFP'), ('NCM523'), ('NCM811')) as c(chemistry);

insert into chain_intensity (set_id, link, chemistry, basis, low, base, high, unit, source, grade) values
 (1, 'CATHODE_LFP', 'LFP', 'APPARENT', 2650, 2650, 2650, 't/GWh', 'RESEARCH.md §1.5: MIIT 2024 national cathode output ÷ 1,170 GWh of cells', 'C'),
 (1, 'CATHODE_NCM523', 'NCM523', 'APPARENT', 2650, 2650, 2650, 't/GWh', 'RESEARCH.md §1.5: MIIT 2024 national cathode output ÷ 1,170 GWh of cells', 'C'),
 (1, 'CATHODE_NCM811', 'NCM811', 'APPARENT', 2650, 2650, 2650, 't/GWh', 'RESEARCH.md §1.5: MIIT 2024 national cathode output ÷ 1,170 GWh of cells', 'C');
