-- The rows a completion writes many of at once (a mail per recipient, a status per goal, an action
-- per focus area) take their ids from sequences in blocks of 50, so that Hibernate can send them
-- as one batched insert; an identity column makes it insert them one statement at a time.

create sequence notification_seq start with 1 increment by 50;
alter sequence notification_seq restart with (select coalesce(max(id), 0) + 1 from notification);
alter table notification alter column id drop identity;
alter table notification alter column id set default next value for notification_seq;

create sequence goal_status_seq start with 1 increment by 50;
alter sequence goal_status_seq restart with (select coalesce(max(id), 0) + 1 from goal_status);
alter table goal_status alter column id drop identity;
alter table goal_status alter column id set default next value for goal_status_seq;

create sequence unit_plan_entry_seq start with 1 increment by 50;
alter sequence unit_plan_entry_seq restart with (select coalesce(max(id), 0) + 1 from unit_plan_entry);
alter table unit_plan_entry alter column id drop identity;
alter table unit_plan_entry alter column id set default next value for unit_plan_entry_seq;
