-- Where each running instance of a process the cycle called (drafting, hearing, political approval,
-- a unit's translation, a follow-up round) waits, kept by the task lifecycle in the transaction that
-- moves it (cycle/CalledProcessWaits), so Cockpit's list and heat map of such a definition read
-- this table and its indexes instead of every unfinished activity and task of the definition.
-- One row per flow node an instance waits in (a multi-instance activity is one node).
--   since_millis       when the instance began to wait there, in milliseconds since 1970
--   next_due           the earliest due date of the node's open tasks; null: none has one
--   instance_order     on the instance's first row only (its longest-waiting node, the lead):
--                      the earliest due date of all its open tasks, or 9999-12-31 when none has
--                      one; null on its other rows. The list's order, most overdue first
--   instance_since_millis  on the lead row: since when the instance waits (its earliest node)
create table called_process_wait (
    process_instance_id varchar(64) not null,
    activity_id varchar(255) not null,
    root_process_instance_id varchar(64) not null,
    process_definition_id varchar(64) not null,
    activity_name varchar(255),
    since_millis bigint not null,
    next_due timestamp,
    instance_order timestamp,
    instance_since_millis bigint,
    primary key (process_instance_id, activity_id)
);

create index ix_called_process_wait_order
    on called_process_wait (process_definition_id, instance_order, instance_since_millis, process_instance_id);
create index ix_called_process_wait_node on called_process_wait (process_definition_id, activity_id);
create index ix_called_process_wait_root on called_process_wait (root_process_instance_id);
