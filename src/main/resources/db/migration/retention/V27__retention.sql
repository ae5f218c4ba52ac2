-- Keeping and growing the enterprises already here (留得住、育得好): visits with their problems and
-- promises, a visit plan per enterprise, follow-up tasks, a versioned survey with red-flag rules, and
-- each enterprise's suppliers and customers.

create table retention_visit (
    id                   uuid primary key,
    park_id              uuid          not null,
    enterprise_id        uuid          not null,
    visited_on           date          not null,
    visitors             varchar(500)  not null,
    hosts                varchar(500),
    topics               varchar(500)  not null,
    notes                varchar(4000),
    expansion_plan       varchar(2000),
    expansion_investment numeric(18, 2) check (expansion_investment >= 0),
    expansion_capacity   numeric(16, 2) check (expansion_capacity >= 0),
    expansion_link       varchar(40),
    expansion_lead_id    uuid,
    created_at           timestamptz   not null,
    created_by           varchar(100)  not null,
    version              bigint        not null
);
create index retention_visit_park on retention_visit (park_id, visited_on desc);
create index retention_visit_enterprise on retention_visit (enterprise_id, visited_on desc);

create table retention_visit_problem (
    visit_id     uuid          not null references retention_visit (id) on delete cascade,
    position     int           not null,
    text         varchar(2000) not null,
    ticket_id    uuid,
    follow_up_id uuid,
    primary key (visit_id, position)
);

create table retention_visit_promise (
    visit_id     uuid          not null references retention_visit (id) on delete cascade,
    position     int           not null,
    text         varchar(1000) not null,
    due_on       date,
    follow_up_id uuid,
    primary key (visit_id, position)
);

-- A task someone owns until it is done: a visit's problem or promise, a survey's red flag.
create table retention_follow_up (
    id            uuid primary key,
    park_id       uuid          not null,
    enterprise_id uuid          not null,
    origin        varchar(20)   not null,
    origin_id     uuid          not null,
    -- the red-flag rule a survey answer matched
    rule_code     varchar(40),
    title         varchar(1000) not null,
    owner         varchar(100)  not null,
    due_on        date          not null,
    status        varchar(10)   not null,
    done_on       date,
    done_note     varchar(1000),
    done_by       varchar(100),
    created_at    timestamptz   not null,
    created_by    varchar(100)  not null,
    version       bigint        not null
);
create index retention_follow_up_park on retention_follow_up (park_id, status, due_on);
create index retention_follow_up_enterprise on retention_follow_up (enterprise_id);

-- How often each enterprise is to be visited and who looks after it (包联干部); an enterprise with
-- no row is visited at the configured default interval.
create table retention_plan (
    enterprise_id   uuid primary key,
    park_id         uuid         not null,
    interval_months int          not null check (interval_months between 1 and 24),
    liaison         varchar(100),
    version         bigint       not null
);

-- The questionnaire, versioned: a response keeps the version it answered.
create table survey_questionnaire (
    version      int primary key,
    title_zh     varchar(200)  not null,
    title_en     varchar(200)  not null,
    published_on date          not null,
    basis        varchar(1000) not null
);

create table survey_question (
    questionnaire_version int           not null references survey_questionnaire (version),
    position              int           not null,
    code                  varchar(40)   not null,
    section               varchar(20)   not null,
    kind                  varchar(10)   not null,
    text_zh               varchar(500)  not null,
    text_en               varchar(500)  not null,
    -- CHOICE: code|中文|English per option, separated by ';'
    options               varchar(2000),
    primary key (questionnaire_version, code),
    unique (questionnaire_version, position)
);

-- Answers that need someone to act: a rule matches when the answer is one of its values.
create table survey_red_flag_rule (
    code             varchar(40) primary key,
    question_code    varchar(40)  not null,
    answer_values    varchar(200) not null,
    label_zh         varchar(200) not null,
    label_en         varchar(200) not null,
    due_working_days int          not null check (due_working_days between 1 and 60),
    weight           int          not null check (weight between 1 and 10),
    active           boolean      not null,
    version          bigint       not null
);

create table survey_response (
    id                    uuid primary key,
    questionnaire_version int          not null references survey_questionnaire (version),
    park_id               uuid         not null,
    enterprise_id         uuid         not null,
    visit_id              uuid references retention_visit (id),
    channel               varchar(12)  not null,
    answered_on           date         not null,
    answered_by           varchar(100) not null,
    expansion_lead_id     uuid,
    created_at            timestamptz  not null
);
create index survey_response_park on survey_response (park_id, answered_on desc);

create table survey_answer (
    response_id   uuid          not null references survey_response (id) on delete cascade,
    question_code varchar(40)   not null,
    value         varchar(2000) not null,
    primary key (response_id, question_code)
);

-- An enterprise's suppliers and customers (以商招商): those not in the park are target candidates.
create table chain_partner (
    id                     uuid primary key,
    park_id                uuid         not null,
    enterprise_id          uuid         not null,
    relation               varchar(10)  not null,
    name                   varchar(300) not null,
    link                   varchar(40),
    location               varchar(200),
    in_park_enterprise_id  uuid,
    candidate_id           uuid,
    note                   varchar(1000),
    created_at             timestamptz  not null,
    created_by             varchar(100) not null
);
create index chain_partner_enterprise on chain_partner (enterprise_id);

insert into survey_questionnaire (version, title_zh, title_en, published_on, basis) values
(1, '在园企业走访问卷（第 1 版）', 'Existing-enterprise survey (version 1)', date '2026-11-30',
 'Battery Town 依据企业留存与扩张（BR&E）走访的通行做法自拟：标准化的企业高管访谈问卷（扩张计划、用工、制约因素、对服务的满意度）与“红旗回答”跟进流程（见 ANCHORS.md §1.1：Synchronist、Basin-Boundary BR&E manual）。题目与红旗规则均为推断，管理员可调整。');

insert into survey_question (questionnaire_version, position, code, section, kind, text_zh, text_en, options) values
(1, 1, 'expansion_plan', 'EXPANSION', 'CHOICE', '未来 12 个月是否计划在本园区增资扩产？', 'Do you plan to invest in more capacity here in the next 12 months?',
 'PLANNED|已有具体计划|A concrete plan;CONSIDERING|正在考虑|Considering it;NO|没有|No'),
(1, 2, 'relocation', 'EXPANSION', 'CHOICE', '是否考虑把部分或全部生产迁出本园区？', 'Are you considering moving some or all production away from here?',
 'NO|没有|No;CONSIDERING|正在考虑|Considering it;PLANNED|已决定|Decided'),
(1, 3, 'staff_change', 'HIRING', 'CHOICE', '未来 12 个月用工人数预计如何变化？', 'How will your headcount change in the next 12 months?',
 'INCREASE|增加|Increase;STABLE|基本不变|About the same;DECREASE|减少|Decrease'),
(1, 4, 'hires_planned', 'HIRING', 'NUMBER', '计划新增岗位（人）', 'Jobs you plan to add (people)', null),
(1, 5, 'constraint_power', 'CONSTRAINTS', 'SCALE', '电力（价格、容量、稳定性）对经营的制约程度（1 无影响 — 5 严重制约）', 'How much does power (price, capacity, reliability) constrain you? (1 none — 5 severe)', null),
(1, 6, 'constraint_land', 'CONSTRAINTS', 'SCALE', '用地对经营的制约程度（1 — 5）', 'How much does land constrain you? (1 — 5)', null),
(1, 7, 'constraint_logistics', 'CONSTRAINTS', 'SCALE', '物流对经营的制约程度（1 — 5）', 'How much does logistics constrain you? (1 — 5)', null),
(1, 8, 'constraint_raw_materials', 'CONSTRAINTS', 'SCALE', '原材料供应对经营的制约程度（1 — 5）', 'How much does raw-material supply constrain you? (1 — 5)', null),
(1, 9, 'constraint_talent', 'CONSTRAINTS', 'SCALE', '人才与用工对经营的制约程度（1 — 5）', 'How much do talent and labour constrain you? (1 — 5)', null),
(1, 10, 'constraint_finance', 'CONSTRAINTS', 'SCALE', '融资对经营的制约程度（1 — 5）', 'How much does finance constrain you? (1 — 5)', null),
(1, 11, 'satisfaction_services', 'SATISFACTION', 'SCALE', '对开发区服务的总体满意度（1 很不满意 — 5 很满意）', 'Overall satisfaction with the zone''s services (1 very poor — 5 very good)', null),
(1, 12, 'comments', 'SATISFACTION', 'TEXT', '其他意见和建议', 'Anything else you want to tell us', null);

insert into survey_red_flag_rule (code, question_code, answer_values, label_zh, label_en, due_working_days, weight, active, version) values
('RELOCATION', 'relocation', 'CONSIDERING,PLANNED', '考虑迁出', 'Considering relocation', 5, 3, true, 0),
('STAFF_CUT', 'staff_change', 'DECREASE', '计划减员', 'Will cut staff', 10, 2, true, 0),
('POWER_SEVERE', 'constraint_power', '5', '电力严重制约', 'Power a severe constraint', 10, 1, true, 0),
('LAND_SEVERE', 'constraint_land', '5', '用地严重制约', 'Land a severe constraint', 10, 1, true, 0),
('LOGISTICS_SEVERE', 'constraint_logistics', '5', '物流严重制约', 'Logistics a severe constraint', 10, 1, true, 0),
('RAW_MATERIALS_SEVERE', 'constraint_raw_materials', '5', '原材料严重制约', 'Raw materials a severe constraint', 10, 1, true, 0),
('TALENT_SEVERE', 'constraint_talent', '5', '人才严重制约', 'Talent a severe constraint', 10, 1, true, 0),
('FINANCE_SEVERE', 'constraint_finance', '5', '融资严重制约', 'Finance a severe constraint', 10, 1, true, 0),
('LOW_SATISFACTION', 'satisfaction_services', '1,2', '对服务不满意', 'Dissatisfied with services', 10, 2, true, 0);
