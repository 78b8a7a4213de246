-- How far each open task has been chased (deadline.DeadlineChase): 1 reminded, 2 escalated once,
-- 3 escalated twice. A row is written in the transaction that sends the step's mail; a step is
-- taken by whoever moves the row from the step before, so two nodes never take it twice.
create table task_chase (
    task_id varchar(64) primary key,
    steps_done integer not null
);
