-- Prices of a link's output by year, yuan per unit of the link (t; million m² for separators; GWh for
-- cells); a toll row is the processing fee per t. Links without a row have no known price: their
-- output value stays unknown. Bands follow RESEARCH.md §3 (2024–25 snapshot unless stated).
create table chain_price (
    set_id int           not null references chain_coefficient_set (id),
    link   varchar(40)   not null,
    toll   boolean       not null,
    year   int           not null,
    low    numeric(16, 2) not null,
    base   numeric(16, 2) not null,
    high   numeric(16, 2) not null,
    unit   varchar(20)   not null,
    source varchar(500)  not null,
    grade  char(1)       not null check (grade in ('A', 'B', 'C', 'D')),
    primary key (set_id, link, toll, year),
    check (low > 0 and low <= base and base <= high)
);

insert into chain_price (set_id, link, toll, year, low, base, high, unit, source, grade) values
 (1, 'ANODE', false, 2022, 45000, 50000, 60000, 'yuan/t', 'RESEARCH.md §3.1: 2021–22 boom ~45–60k yuan/t (undated quote)', 'D'),
 (1, 'ANODE', false, 2023, 28000, 28000, 28000, 'yuan/t', 'RESEARCH.md §3.1: mid/low-end AG Sept 2023, cost 26,616 + profit 1,384 (Mysteel)', 'B'),
 (1, 'ANODE', false, 2024, 17500, 25800, 53000, 'yuan/t', 'RESEARCH.md §3.1: AG low / mid / high, 2024–25 (EnergyTrend)', 'B'),
 (1, 'GRAPHITIZATION', true, 2022, 20000, 27000, 30000, 'yuan/t', 'RESEARCH.md §3.1: toll fee H1 2022 27–30k (SMM, Fastmarkets), <20k by end-2022 (EVTank)', 'B'),
 (1, 'GRAPHITIZATION', true, 2024, 7500, 8600, 9000, 'yuan/t', 'RESEARCH.md §3.1: toll fee 2024–25 (EnergyTrend, Mysteel)', 'B'),
 (1, 'CATHODE_LFP', false, 2024, 30090, 34635, 35100, 'yuan/t', 'RESEARCH.md §3.2: LFP CAM 2024–25 (EnergyTrend; 国泰君安期货 2025-10-27)', 'B'),
 (1, 'CATHODE_NCM523', false, 2024, 114500, 114500, 114500, 'yuan/t', 'RESEARCH.md §3.2: NCM523 2024–25 (EnergyTrend)', 'B'),
 (1, 'CATHODE_NCM811', false, 2024, 141200, 141200, 141200, 'yuan/t', 'RESEARCH.md §3.2: NCM811 2024–25 (EnergyTrend)', 'B'),
 (1, 'ELECTROLYTE', false, 2024, 18100, 22050, 37000, 'yuan/t', 'RESEARCH.md §3.2: LFP 18,100 and ternary 22,050 (May 2025) to 37,000 (Dec 2025), SMM', 'B'),
 (1, 'SEPARATOR', false, 2024, 420000, 800000, 1160000, 'yuan/million m²', 'RESEARCH.md §3.2: dry 16 µm 0.42, wet 7 µm 0.80, coated 1.16 yuan/m² (EnergyTrend)', 'B'),
 (1, 'CELLS', false, 2024, 320000000, 360000000, 410000000, 'yuan/GWh', 'RESEARCH.md §3.2: ESS LFP 0.32, EV LFP 0.35–0.36, EV NCM 0.41 yuan/Wh (EnergyTrend)', 'B');

-- Share of nameplate run, by year (RESEARCH.md §3.3).
create table chain_utilization (
    set_id int          not null references chain_coefficient_set (id),
    year   int          not null,
    low    numeric(5, 3) not null,
    base   numeric(5, 3) not null,
    high   numeric(5, 3) not null,
    source varchar(500) not null,
    grade  char(1)      not null check (grade in ('A', 'B', 'C', 'D')),
    primary key (set_id, year),
    check (low > 0 and low <= base and base <= high and high <= 1)
);

insert into chain_utilization (set_id, year, low, base, high, source, grade) values
 (1, 2023, 0.55, 0.65, 0.70, 'RESEARCH.md §3.3: global anode supply >1.8 Mt vs demand ~1.3 Mt, utilization <70 % (broker)', 'B'),
 (1, 2024, 0.60, 0.65, 0.67, 'RESEARCH.md §3.3: supply >2.3 Mt vs demand <1.6 Mt ~67 %; Mysteel 62.7 % (Aug)', 'B'),
 (1, 2025, 0.55, 0.70, 0.75, 'RESEARCH.md §3.3: peak season >75 %, SMEs 55–70 % (juxingtansu)', 'B');
