-- Where each cycle is, kept on its row by the task lifecycle in the transaction that moves it
-- (cycle/CyclePositions), so the overview and Cockpit sort, count and page the running cycles
-- from this table and an index instead of deriving it from Camunda's tables on every request.
--   current_phase  the phase activity the cycle's own instance waits in; null when it waits in
--                  none (ended, or between phases)
--   phase_since_millis  when it entered that phase, in milliseconds since 1970 (an average
--                  of it is plain SQL on both databases)
--   open_tasks     the open tasks of the cycle and the processes it called; null: not worked out yet
--   next_due       the earliest due date of those tasks (the most overdue), as Camunda stores it
--   overview_order next_due, or 9999-12-31 for a cycle in a phase without a due date; null when
--                  the cycle is in no phase: the overview's order, "most overdue first"
alter table strategy_cycle add column current_phase varchar(100);
alter table strategy_cycle add column phase_since_millis bigint;
alter table strategy_cycle add column open_tasks integer;
alter table strategy_cycle add column next_due timestamp;
alter table strategy_cycle add column overview_order timestamp;

create index ix_strategy_cycle_overview_order on strategy_cycle (overview_order, business_key);
create index ix_strategy_cycle_process_instance on strategy_cycle (process_instance_id);
