-- Starting a cycle asks whether the plan already has a cycle that year (by the plan's code and
-- the year); with thousands of cycles that must not read them all.
create index ix_strategy_cycle_year_plan on strategy_cycle (cycle_year, plan_id);
