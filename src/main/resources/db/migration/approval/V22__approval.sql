-- Full-agency approval cases (全代办) under the commitment system (承诺制): the catalogue of approval
-- items a project may need, each with its department, limit and legal basis (SERVICES.md §1.2, graded
-- S sourced / P partly sourced / I inference — admins change limits as the zone's own lists arrive);
-- a case per project with its team, the checklist generated from the catalogue, and for every item
-- done by commitment a dated post-check.
create table approval_item_type (
    code             varchar(40)   primary key,
    position         int           not null,
    stage            int           not null check (stage between 0 and 5),
    name_zh          varchar(200)  not null,
    name_en          varchar(200)  not null,
    department       varchar(100)  not null,
    limit_days       int           not null check (limit_days >= 0),
    day_type         varchar(10)   not null check (day_type in ('WORKING', 'CALENDAR')),
    promised_days    int           check (promised_days >= 0),
    commitment       boolean       not null,
    post_check_days  int           check (post_check_days >= 0),
    applies_when     varchar(20)   not null,
    legal_basis      varchar(500)  not null,
    grade            char(1)       not null check (grade in ('S', 'P', 'I'))
);

insert into approval_item_type (code, position, stage, name_zh, name_en, department, limit_days, day_type, promised_days,
    commitment, post_check_days, applies_when, legal_basis, grade) values
('FILING', 10, 1, '企业投资项目备案', 'Investment project filing', '发展改革（开发区行政审批局）', 0, 'WORKING', 1, false, null, 'ALWAYS',
 '《企业投资项目核准和备案管理条例》第13条：备案机关收到全部信息即为备案；承诺 1 个工作日为侯马例', 'S'),
('LAND_PRE_EXAM', 20, 1, '用地预审与选址意见书', 'Land pre-examination and site selection', '自然资源和规划', 20, 'WORKING', null, false, null, 'NEW_LAND',
 '无专门时限，适用《行政许可法》第42条 20 个工作日；出让且不新增建设用地的项目不需办理', 'I'),
('LAND_USE_PLANNING', 30, 1, '建设用地规划许可证', 'Land-use planning permit', '自然资源和规划', 20, 'WORKING', null, false, null, 'ALWAYS',
 '《城乡规划法》第38条（出让地块规划条件纳入出让合同）；时限按《行政许可法》第42条', 'I'),
('ENGINEERING_PLANNING', 40, 2, '建设工程规划许可证', 'Engineering planning permit', '自然资源和规划', 20, 'WORKING', null, true, 20, 'ALWAYS',
 '《城乡规划法》第40条；山西 2019 年承诺制行动方案：省级以上开发区工业项目探索列为承诺事项', 'P'),
('FIRE_DESIGN_REVIEW', 50, 2, '消防设计审查（特殊建设工程）', 'Fire design review (special works)', '住房和城乡建设', 15, 'WORKING', null, false, null, 'SPECIAL_FIRE',
 '《建设工程消防设计审查验收管理暂行规定》（住建部令第51号）第22条：15 个工作日，专家评审不超过 20 个工作日', 'P'),
('CONSTRUCTION_PERMIT', 60, 3, '施工许可证', 'Construction permit', '住房和城乡建设', 7, 'CALENDAR', 3, true, 20, 'ALWAYS',
 '《建筑法》第8条：收到申请之日起七日内颁发；山西 2019 年承诺制行动方案：开发区探索列为承诺事项', 'S'),
('EIA_REPORT', 70, 0, '环境影响报告书审批', 'EIA report approval', '生态环境', 60, 'CALENDAR', null, true, 20, 'EIA_REPORT',
 '《环境影响评价法》第22条：报告书 60 日；山西 2020 年正面审批清单对部分类别实行告知承诺审批', 'S'),
('EIA_FORM', 80, 0, '环境影响报告表审批', 'EIA form approval', '生态环境', 30, 'CALENDAR', null, true, 20, 'EIA_FORM',
 '《环境影响评价法》第22条：报告表 30 日；山西 2020 年正面审批清单对部分类别实行告知承诺审批', 'S'),
('EIA_REGISTRATION', 90, 0, '环境影响登记表备案', 'EIA registration', '生态环境', 0, 'WORKING', null, false, null, 'EIA_REGISTRATION',
 '《环境影响评价法》第22条：登记表实行备案', 'S'),
('ENERGY_REVIEW', 100, 0, '节能审查', 'Energy-saving review', '发展改革', 20, 'WORKING', null, true, 20, 'ENERGY_REVIEW',
 '《节约能源法》第15条；《固定资产投资项目节能审查办法》（2023）：年综合能耗不足 1000 吨标煤且电力不足 500 万千瓦时的不单独审查；山西列为企业信用承诺事项；时限按《行政许可法》第42条', 'P'),
('SAFETY_FACILITIES', 110, 0, '安全评价与安全设施设计审查', 'Safety assessment and safety facilities design review', '应急管理', 20, 'WORKING', null, false, null, 'HAZARDOUS',
 '《安全生产法》第31、32条：危险物品生产储存项目须安全评价；时限按《行政许可法》第42条', 'I'),
('SOIL_WATER', 120, 0, '生产建设项目水土保持方案', 'Soil and water conservation plan', '水利', 20, 'WORKING', null, true, 20, 'ALWAYS',
 '山西企业投资项目承诺制：列为企业信用承诺事项（2021）；时限按《行政许可法》第42条', 'P'),
('LIGHTNING', 130, 0, '防雷装置设计审核', 'Lightning protection design review', '气象', 20, 'WORKING', null, true, 20, 'ALWAYS',
 '山西企业投资项目承诺制：列为企业信用承诺事项（2021）；时限按《行政许可法》第42条', 'P'),
('FIRE_ACCEPTANCE', 140, 4, '消防验收（特殊建设工程）', 'Fire acceptance (special works)', '住房和城乡建设', 15, 'CALENDAR', null, false, null, 'SPECIAL_FIRE',
 '《消防法》第13条：特殊建设工程未经验收不得投入使用；受理后 15 日出具意见（暂行规定，待核）', 'I'),
('COMPLETION', 150, 4, '联合竣工验收与竣工验收备案', 'Joint completion acceptance and filing', '住房和城乡建设（牵头）', 15, 'CALENDAR', 10, false, null, 'ALWAYS',
 '《建设工程质量管理条例》第49条：验收合格之日起 15 日内备案；《城乡规划法》第45条规划核实；兰州开发区例：审查 5 个工作日 + 现场核验 5 个工作日', 'S'),
('POWER', 160, 5, '供电报装与接电', 'Power connection', '国网山西省电力公司', 15, 'WORKING', null, false, null, 'ALWAYS',
 '国家电网内部时限示例：单电源供电方案答复不超过 15 个工作日（双电源 30 个工作日）', 'P'),
('WATER', 170, 5, '供水报装与接水', 'Water connection', '供水企业', 3, 'WORKING', null, false, null, 'ALWAYS',
 '《优化营商环境条例》第28条；各地示例：无外线工程 3 个工作日', 'P');

create table approval_case (
    id           uuid primary key,
    park_id      uuid          not null,
    project_id   uuid          not null unique,
    mode         varchar(12)   not null check (mode in ('COMMITMENT', 'STANDARD')),
    new_land     boolean       not null,
    eia_level    varchar(20)   not null check (eia_level in ('REPORT', 'FORM', 'REGISTRATION')),
    energy_tce   numeric(14, 2) check (energy_tce >= 0),
    hazardous    boolean       not null,
    special_fire boolean       not null,
    lead_agent   varchar(100)  not null,
    co_agent     varchar(100),
    created_at   timestamptz   not null,
    created_by   varchar(100)  not null,
    version      bigint        not null
);
create index approval_case_park on approval_case (park_id);

-- one department officer per department of the case (专办员)
create table approval_case_officer (
    case_id     uuid          not null references approval_case (id),
    position    int           not null,
    department  varchar(100)  not null,
    username    varchar(100)  not null,
    primary key (case_id, position)
);

create table approval_item (
    case_id        uuid          not null references approval_case (id),
    position       int           not null,
    type_code      varchar(40)   not null references approval_item_type (code),
    department     varchar(100)  not null,
    officer        varchar(100),
    limit_days     int           not null,
    day_type       varchar(10)   not null,
    promised_days  int,
    by_commitment  boolean       not null,
    status         varchar(12)   not null check (status in ('WAITING', 'RUNNING', 'DONE', 'COMMITTED')),
    started_on     date,
    due_on         date,
    closed_on      date,
    document_no    varchar(100),
    post_check_due date,
    post_check_status varchar(10) check (post_check_status in ('OPEN', 'PASSED', 'FAILED')),
    post_checked_on date,
    post_check_result varchar(500),
    primary key (case_id, position)
);
create index approval_item_officer on approval_item (officer) where status = 'RUNNING';
