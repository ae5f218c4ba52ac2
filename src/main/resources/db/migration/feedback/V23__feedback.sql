-- Business-environment tickets (营商环境诉求): categories with their response limits in working days
-- (SERVICES.md §5.2: examples from Guangdong's 12345 rules and a city bureau's; no Shanxi rule was found,
-- so they are defaults the zone changes), the departments tickets are routed to, the tickets with their
-- log, and attachments kept in the database (never at a path a name could steer).
create table ticket_category (
    code           varchar(20)   primary key,
    position       int           not null,
    name_zh        varchar(100)  not null,
    name_en        varchar(100)  not null,
    response_days  int           not null check (response_days > 0),
    basis          varchar(500)  not null
);
insert into ticket_category (code, position, name_zh, name_en, response_days, basis) values
('URGENT', 10, '紧急', 'Urgent', 1, '某市 12345 办理规则：应急类当日答复（SERVICES.md §5.2，部分来源）；按 1 个工作日计'),
('CONSULTATION', 20, '咨询', 'Consultation', 3, '某市 12345 办理规则：咨询、求助当日或 3 个工作日（SERVICES.md §5.2，部分来源）'),
('HELP', 30, '求助', 'Request for help', 3, '某市 12345 办理规则：咨询、求助当日或 3 个工作日（SERVICES.md §5.2，部分来源）'),
('SUGGESTION', 40, '建议', 'Suggestion', 10, '《广东省 12345 热线管理办法》（2022）：求助、建议 10 个工作日（SERVICES.md §5.2，部分来源）'),
('COMPLAINT', 50, '投诉', 'Complaint', 15, '《广东省 12345 热线管理办法》（2022）：投诉、举报 15 个工作日（SERVICES.md §5.2，部分来源）');

create table feedback_department (
    name      varchar(100) primary key,
    position  int          not null
);
insert into feedback_department (name, position) values
('开发区管委会综合办公室', 10), ('开发区行政审批局', 20), ('自然资源和规划', 30), ('住房和城乡建设', 40),
('生态环境', 50), ('应急管理', 60), ('发展改革', 70), ('供电企业', 80), ('供水企业', 90), ('张庄镇人民政府', 100);

create table ticket (
    id              uuid primary key,
    park_id         uuid           not null,
    enterprise_id   uuid           not null,
    project_id      uuid,
    category        varchar(20)    not null references ticket_category (code),
    title           varchar(200)   not null,
    description     varchar(4000)  not null,
    status          varchar(12)    not null check (status in ('FILED', 'ROUTED', 'ANSWERED', 'REOPENED', 'CLOSED')),
    department      varchar(100),
    filed_on        date           not null,
    round_started_on date          not null,
    due_on          date           not null,
    first_answered_on date,
    answered_on     date,
    answered_late   boolean        not null default false,
    rating          int            check (rating between 1 and 5),
    reopen_count    int            not null default 0,
    closed_on       date,
    created_at      timestamptz    not null,
    created_by      varchar(100)   not null,
    version         bigint         not null
);
create index ticket_park on ticket (park_id, status);
create index ticket_project on ticket (project_id) where project_id is not null;

create table ticket_event (
    ticket_id  uuid           not null references ticket (id),
    position   int            not null,
    at         timestamptz    not null,
    kind       varchar(12)    not null,
    username   varchar(100)   not null,
    text       varchar(4000),
    primary key (ticket_id, position)
);

create table ticket_attachment (
    id            uuid primary key,
    ticket_id     uuid          not null references ticket (id),
    filename      varchar(200)  not null,
    content_type  varchar(100)  not null,
    size_bytes    int           not null check (size_bytes > 0),
    sha256        char(64)      not null,
    content       bytea         not null,
    created_at    timestamptz   not null,
    created_by    varchar(100)  not null
);
create index ticket_attachment_ticket on ticket_attachment (ticket_id);
