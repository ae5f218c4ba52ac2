-- The figures sum product lines of accepted reports by park, month and product. Joining every line
-- to its report made a park page over 2,000 enterprises read tens of thousands of rows twice, so a
-- line carries its report's enterprise and month and whether it counts (its report is the accepted
-- revision); the report aggregate keeps the flag in step when it is accepted or superseded.
alter table stats_report_line add column enterprise_id uuid;
alter table stats_report_line add column period date;
alter table stats_report_line add column counted boolean not null default false;
update stats_report_line l set enterprise_id = r.enterprise_id, period = r.period, counted = (r.status = 'ACCEPTED')
from stats_report r where r.id = l.report_id;
alter table stats_report_line alter column enterprise_id set not null;
alter table stats_report_line alter column period set not null;
alter table stats_report_line alter column counted drop default;
create index stats_report_line_counted on stats_report_line (park_id, period, product, enterprise_id)
    include (production, sales, output_value)
    where counted;
