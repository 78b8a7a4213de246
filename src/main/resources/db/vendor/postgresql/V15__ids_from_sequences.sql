-- The rows a completion writes many of at once (a mail per recipient, a status per goal, an action
-- per focus area) take their ids from sequences in blocks of 50, so that Hibernate can send them
-- as one batched insert; an identity column makes it insert them one statement at a time.

create sequence notification_seq increment by 50;
select setval('notification_seq', coalesce((select max(id) from notification), 0) + 1, false);
alter table notification alter column id drop identity;
alter table notification alter column id set default nextval('notification_seq');

create sequence goal_status_seq increment by 50;
select setval('goal_status_seq', coalesce((select max(id) from goal_status), 0) + 1, false);
alter table goal_status alter column id drop identity;
alter table goal_status alter column id set default nextval('goal_status_seq');

create sequence unit_plan_entry_seq increment by 50;
select setval('unit_plan_entry_seq', coalesce((select max(id) from unit_plan_entry), 0) + 1, false);
alter table unit_plan_entry alter column id drop identity;
alter table unit_plan_entry alter column id set default nextval('unit_plan_entry_seq');
