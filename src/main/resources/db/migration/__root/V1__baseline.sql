-- Migrations live in one folder per module (db/migration/<module>); versions are global across the
-- folders, so a new migration takes the next free number whichever module it belongs to.
select 1;
