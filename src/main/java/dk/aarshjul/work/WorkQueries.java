package dk.aarshjul.work;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import dk.aarshjul.cycle.CyclePhases;
import dk.aarshjul.cycle.StrategyCycleProcess;
import dk.aarshjul.engine.EngineTables;
import dk.aarshjul.task.CycleVariables;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The work page's SQL: one statement for a person's open tasks across every plan and year, and one
 * for what is next for them, however many cycles run. Plain SQL on Camunda's runtime tables (never
 * the history), as the overview's, that H2 and PostgreSQL both read.
 */
@Component
class WorkQueries {

	/**
	 * The open tasks a person may do: assigned to them, or unclaimed and offered to them by name (as
	 * a deputy too: the deputy is made a candidate) or to one of their groups. Tasklist's first
	 * filter asks the same (tasklist/TasklistFilters). Most urgent first: deadline ascending, none
	 * last. With each of the tasks shown (the limit is applied first) its cycle (plan, year, phase),
	 * the unit or body it concerns and who may not decide it (four eyes), both task-local variables.
	 */
	private static final String OPEN_TASKS = EngineTables.sql("""
			select t.ID_ as id, t.NAME_ as name, t.DUE_DATE_ as due, t.CREATE_TIME_ as created,
			  sp.title as plan_title, c.cycle_year, c.current_phase, concerns.TEXT_ as concerns,
			  excluded.TEXT_ as excluded
			from (
			  select o.ID_, o.NAME_, o.DUE_DATE_, o.CREATE_TIME_, o.PROC_INST_ID_,
			    case when o.DUE_DATE_ is null then 1 else 0 end as no_due
			  from {tasks} o
			  where o.SUSPENSION_STATE_ = 1
			    and (o.ASSIGNEE_ = :me or (o.ASSIGNEE_ is null and exists (
			      select 1 from {identityLinks} l where l.TASK_ID_ = o.ID_ and l.TYPE_ = 'candidate'
			        and (l.USER_ID_ = :me %s))))
			  order by no_due, o.DUE_DATE_, o.CREATE_TIME_, o.ID_
			  limit :limit
			) t
			left join {executions} e on e.ID_ = t.PROC_INST_ID_
			left join strategy_cycle c on c.process_instance_id = e.ROOT_PROC_INST_ID_
			left join strategy_plan sp on sp.id = c.plan_id
			left join {variables} concerns on concerns.TASK_ID_ = t.ID_ and concerns.NAME_ = :concerns
			left join {variables} excluded on excluded.TASK_ID_ = t.ID_ and excluded.NAME_ = :excluded
			order by t.no_due, t.DUE_DATE_, t.CREATE_TIME_, t.ID_
			""");

	/**
	 * The next date of each body the person sits on, over the cycles still heading for it:
	 * Økonomiudvalget's and Byrådet's meetings until the plan is decided on, Hovedudvalget's deadline
	 * for its statement until it is heard; and the next follow-up date of the running cycles.
	 */
	private static final String NEXT = """
			select b.name as what, b.kind as kind, min(m.on_day) as on_day
			from org_body b
			join org_body_member bm on bm.body_id = b.id and bm.person_id = :me
			join (
			  select 'FINANCE_COMMITTEE' as kind, c.finance_committee_meeting as on_day from strategy_cycle c
			    where c.current_phase in (:untilDecided)
			  union all
			  select 'COUNCIL', c.council_meeting from strategy_cycle c where c.current_phase in (:untilDecided)
			  union all
			  select 'MAIN_MED_COMMITTEE', c.consultation_deadline from strategy_cycle c
			    where c.current_phase in (:untilHeard)
			) m on m.kind = b.kind and m.on_day >= :today
			group by b.name, b.kind
			union all
			select cast(null as varchar(200)), 'FOLLOW_UP', min(f.follow_up_date)
			from strategy_cycle_follow_up f
			join strategy_cycle c on c.id = f.cycle_id
			where c.overview_order is not null and f.follow_up_date >= :today
			""";

	private final NamedParameterJdbcTemplate jdbc;

	WorkQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	record OpenTask(String id, String name, Instant due, Instant created, String planTitle, Integer year,
			String phase, String concerns, String excluded) {
	}

	/** A date ahead: a body's (by its name and kind), or the next follow-up (kind FOLLOW_UP, no name). */
	record NextDate(String what, String kind, LocalDate day) {
	}

	List<OpenTask> openTasks(String userId, Collection<String> groupIds, int limit) {
		MapSqlParameterSource params = new MapSqlParameterSource("me", userId).addValue("limit", limit)
			.addValue("concerns", CycleVariables.CONCERNS)
			.addValue("excluded", CycleVariables.EXCLUDED_DECIDERS);
		String groups = "";
		if (!groupIds.isEmpty()) {
			groups = "or l.GROUP_ID_ in (:groups)";
			params.addValue("groups", groupIds);
		}
		return jdbc.query(OPEN_TASKS.formatted(groups), params,
				(rs, i) -> new OpenTask(rs.getString("id"), rs.getString("name"), instant(rs.getTimestamp("due")),
						instant(rs.getTimestamp("created")), rs.getString("plan_title"),
						rs.getObject("cycle_year") == null ? null : rs.getInt("cycle_year"),
						rs.getString("current_phase"), rs.getString("concerns"), rs.getString("excluded")));
	}

	List<NextDate> next(String userId, LocalDate today) {
		MapSqlParameterSource params = new MapSqlParameterSource("me", userId).addValue("today", today)
			.addValue("untilDecided", CyclePhases.IN_ORDER.subList(0,
					CyclePhases.IN_ORDER.indexOf(StrategyCycleProcess.CALL_ACTIVITY_POLITICAL_APPROVAL) + 1))
			.addValue("untilHeard", CyclePhases.IN_ORDER.subList(0,
					CyclePhases.IN_ORDER.indexOf(StrategyCycleProcess.CALL_ACTIVITY_MED_CONSULTATION) + 1));
		return jdbc.query(NEXT, params,
				(rs, i) -> new NextDate(rs.getString("what"), rs.getString("kind"),
						rs.getObject("on_day", LocalDate.class)))
			.stream()
			.filter(next -> next.day() != null)
			.toList();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
