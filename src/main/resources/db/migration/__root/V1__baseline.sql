-- Each module migrates its own tables from db/migration/<module>; nothing belongs to no module yet.
select 1;
