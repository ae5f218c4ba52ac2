-- An expansion (增资扩产) heard of in a visit or survey becomes a lead with source EXISTING_ENTERPRISE,
-- attributed to the enterprise already in the park.
alter table lead add column origin_enterprise_id uuid;
create index lead_origin_enterprise on lead (origin_enterprise_id) where origin_enterprise_id is not null;
