package dk.aarshjul.overview;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import dk.aarshjul.cycle.CyclePositions;
import dk.aarshjul.engine.EngineTables;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The overview's SQL. The running cycles are sorted, counted and tallied from each cycle's position
 * on its own row (phase, earliest due date; kept by cycle/CyclePositions), by an index; for the page's
 * cycles alone Camunda's runtime tables are read (open tasks and their current candidates), never
 * the history, so the cost follows the page shown, not what runs elsewhere nor what has run. Plain SQL that H2 and PostgreSQL both read.
 */
@Component
class OverviewQueries {

	/**
	 * The running cycles: those in a phase. Where each is (its phase, its earliest due date) is kept
	 * on its own row by the task lifecycle (cycle/CyclePositions), so the order is an index range.
	 */
	private static final String FROM = """
			from strategy_cycle c
			join strategy_plan sp on sp.id = c.plan_id
			where c.overview_order is not null
			""";

	/** Most overdue first: the earliest due date is the most overdue; plans without one last. */
	private static final String ORDER = """
			order by c.overview_order, c.business_key
			""";

	private static final String OPEN_TASKS_OF_CYCLE = EngineTables.sql("""
			select 1 from {tasks} t
			join {executions} e on e.ID_ = t.PROC_INST_ID_
			left join {identityLinks} l on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate'
			where e.ROOT_PROC_INST_ID_ = c.process_instance_id
			""");

	/**
	 * Whether Økonomiudvalget has seen the indicator value {@code x} when it noted a round of cycle
	 * {@code c} (as publication/NotedStatus reads it for the public pages): a value entered in a round
	 * when that round is noted; a value brought in outside a round when a noted round ends on or after
	 * the day it was measured; never a value recorded after the noting.
	 */
	private static final String NOTED = """
			exists (select 1 from status_round r
			  join strategy_cycle_follow_up fu on fu.cycle_id = c.id and fu.follow_up_date = r.period_end
			  where r.plan_id = c.plan_id and r.noted_at is not null and x.recorded_at <= r.noted_at
			  and (x.period_end = r.period_end or (x.period_end is null and x.measured_on <= r.period_end)))
			""";

	/**
	 * "Mål ude af kurs": the plan has an indicator one of whose series (a unit's values, or the whole
	 * municipality's) has a newest noted value that is red or yellow. Per series, because a goal is on
	 * track only where it is everywhere, as a goal's status is the worst any unit reported; noted,
	 * because a value not yet before the committee may still be corrected.
	 */
	private static final String OFF_TRACK = """
			 and exists (select 1 from indicator_value v
			  join indicator i on i.id = v.indicator_id
			  join goal g on g.id = i.goal_id
			  join focus_area f on f.id = g.focus_area_id
			  where f.plan_id = c.plan_id and v.light in ('RED', 'YELLOW')
			  and""" + " " + NOTED.replace("x.", "v.") + """
			  and not exists (select 1 from indicator_value w
			    where w.indicator_id = v.indicator_id
			    and (w.unit_id = v.unit_id or (w.unit_id is null and v.unit_id is null))
			    and (w.measured_on > v.measured_on or (w.measured_on = v.measured_on and w.id > v.id))
			    and""" + " " + NOTED.replace("x.", "w.") + "))\n";

	private final NamedParameterJdbcTemplate jdbc;

	OverviewQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** What narrows the rows: the filter, and for a leader what they may see. */
	record Scope(Integer year, String phase, String unit,
			Set<String> unitGroups, Visibility visibility, String businessKey, String planCode, boolean offTrack) {
	}

	/** A leader's plans: their units' and those of their units' groups, and the tasks offered to them. */
	record Visibility(String userId, Set<String> units, Set<String> groups) {
	}

	/** One running cycle as the database sorts it; tasks and units are read for the page alone. */
	record CycleRow(Long cycleId, String businessKey, String planCode, String planTitle, int year,
			String processInstanceId, String phase, Instant nextDue, LocalDate draftingDeadline,
			LocalDate consultationDeadline, LocalDate financeCommitteeMeeting, LocalDate councilMeeting,
			LocalDate translationDeadline, LocalDate periodEnd) {
	}

	/** Where the export got to: the sort key of the last row written. */
	record After(Instant nextDue, String businessKey) {
	}

	/** How many running cycles are in a phase and head for a date, and whether they are late. */
	record Tally(String phase, LocalDate heading, boolean late, int plans) {
	}

	record OpenTask(String rootId, String id, String name, String assignee, Instant created, Instant due,
			String candidateGroup, String candidateUser) {
	}

	record TranslatingUnit(Long cycleId, String unitId, String unitPlanStatus) {
	}

	record FollowUp(Long cycleId, LocalDate date) {
	}

	List<Tally> tallies(Scope scope, Instant now) {
		MapSqlParameterSource params = new MapSqlParameterSource("now", Timestamp.from(now));
		String sql = """
				select phase, heading, late, count(*) as plans from (
				  select c.current_phase as phase, cast(c.next_due as date) as heading,
				    case when c.next_due < :now then 1 else 0 end as late
				""" + FROM + where(scope, null, params) + """
				) running group by phase, heading, late
				""";
		return jdbc.query(sql, params, (rs, i) -> new Tally(rs.getString("phase"),
				rs.getObject("heading", LocalDate.class), rs.getInt("late") == 1, rs.getInt("plans")));
	}

	List<CycleRow> page(Scope scope, After after, int limit, long offset) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("limit", limit)
			.addValue("offset", offset);
		String sql = """
				select c.id, c.business_key, sp.code, sp.title, c.cycle_year, c.process_instance_id,
				  c.current_phase as phase, c.next_due, c.drafting_deadline, c.consultation_deadline, c.finance_committee_meeting,
				  c.council_meeting, c.translation_deadline, c.period_end
				""" + FROM + where(scope, after, params) + ORDER + " limit :limit offset :offset";
		return jdbc.query(sql, params, (rs, i) -> new CycleRow(rs.getLong("id"), rs.getString("business_key"),
				rs.getString("code"), rs.getString("title"), rs.getInt("cycle_year"),
				rs.getString("process_instance_id"), rs.getString("phase"), instant(rs.getTimestamp("next_due")),
				rs.getObject("drafting_deadline", LocalDate.class),
				rs.getObject("consultation_deadline", LocalDate.class),
				rs.getObject("finance_committee_meeting", LocalDate.class),
				rs.getObject("council_meeting", LocalDate.class),
				rs.getObject("translation_deadline", LocalDate.class), rs.getObject("period_end", LocalDate.class)));
	}

	/** The phase a cycle is in (its activity id), or null when it is in none. */
	String phaseOf(String businessKey) {
		return jdbc.query("select current_phase from strategy_cycle where business_key = :key",
				new MapSqlParameterSource("key", businessKey), (rs, i) -> rs.getString(1))
			.stream()
			// an ended cycle's row has no phase: findFirst would throw on the null
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/** A plan with running cycles, for the wheel's choice of plan. */
	record PlanChoice(String code, String title) {
	}

	/** The plans of the running cycles in scope, by title: one statement however many run. */
	List<PlanChoice> plans(Scope scope) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String sql = "select distinct sp.code, sp.title\n" + FROM + where(scope, null, params)
				+ " order by sp.title, sp.code";
		return jdbc.query(sql, params, (rs, i) -> new PlanChoice(rs.getString("code"), rs.getString("title")));
	}

	/** The open tasks of the given cycles' instances and their sub-instances, one row per candidate. */
	List<OpenTask> openTasks(Collection<String> rootIds) {
		return jdbc.query(EngineTables.sql("""
				select e.ROOT_PROC_INST_ID_ as root_id, t.ID_ as id, t.NAME_ as name, t.ASSIGNEE_ as assignee,
				  t.CREATE_TIME_ as created, t.DUE_DATE_ as due, l.GROUP_ID_ as candidate_group,
				  l.USER_ID_ as candidate_user
				from {tasks} t
				join {executions} e on e.ID_ = t.PROC_INST_ID_
				left join {identityLinks} l on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate'
				where e.ROOT_PROC_INST_ID_ in (:roots)
				"""), new MapSqlParameterSource("roots", rootIds),
				(rs, i) -> new OpenTask(rs.getString("root_id"), rs.getString("id"), rs.getString("name"),
						rs.getString("assignee"), instant(rs.getTimestamp("created")), instant(rs.getTimestamp("due")),
						rs.getString("candidate_group"), rs.getString("candidate_user")));
	}

	List<TranslatingUnit> translatingUnits(Collection<Long> cycleIds) {
		return jdbc.query("""
				select cu.cycle_id, cu.unit_id, up.status
				from strategy_cycle_unit cu
				join strategy_cycle c on c.id = cu.cycle_id
				left join unit_plan up on up.plan_id = c.plan_id and up.cycle_year = c.cycle_year
				  and up.unit_id = cu.unit_id
				where cu.cycle_id in (:cycles)
				""", new MapSqlParameterSource("cycles", cycleIds),
				(rs, i) -> new TranslatingUnit(rs.getLong("cycle_id"), rs.getString("unit_id"), rs.getString("status")));
	}

	List<FollowUp> followUps(Collection<Long> cycleIds) {
		return jdbc.query("select cycle_id, follow_up_date from strategy_cycle_follow_up where cycle_id in (:cycles)",
				new MapSqlParameterSource("cycles", cycleIds),
				(rs, i) -> new FollowUp(rs.getLong("cycle_id"), rs.getObject("follow_up_date", LocalDate.class)));
	}

	private static String where(Scope scope, After after, MapSqlParameterSource params) {
		StringBuilder where = new StringBuilder();
		if (scope.year() != null) {
			where.append(" and c.cycle_year = :year");
			params.addValue("year", scope.year());
		}
		if (scope.phase() != null) {
			where.append(" and c.current_phase = :phase");
			params.addValue("phase", scope.phase());
		}
		if (scope.planCode() != null) {
			where.append(" and sp.code = :planCode");
			params.addValue("planCode", scope.planCode());
		}
		if (scope.businessKey() != null) {
			where.append(" and c.business_key = :businessKey");
			params.addValue("businessKey", scope.businessKey());
		}
		if (scope.unit() != null) {
			where.append(" and (exists (select 1 from strategy_cycle_unit cu where cu.cycle_id = c.id")
				.append(" and cu.unit_id = :unit)");
			params.addValue("unit", scope.unit());
			if (!scope.unitGroups().isEmpty()) {
				where.append(" or exists (").append(OPEN_TASKS_OF_CYCLE).append(" and l.GROUP_ID_ in (:unitGroups))");
				params.addValue("unitGroups", scope.unitGroups());
			}
			where.append(")");
		}
		if (scope.offTrack()) {
			where.append(" ").append(OFF_TRACK);
		}
		if (scope.visibility() != null) {
			appendVisibility(where, scope.visibility(), params);
		}
		if (after != null) {
			params.addValue("afterKey", after.businessKey());
			params.addValue("afterOrder",
					after.nextDue() == null ? CyclePositions.NO_DUE_DATE : Timestamp.from(after.nextDue()));
			where.append(" and (c.overview_order > :afterOrder")
				.append(" or (c.overview_order = :afterOrder and c.business_key > :afterKey))");
		}
		return where.append('\n').toString();
	}

	private static void appendVisibility(StringBuilder where, Visibility visibility, MapSqlParameterSource params) {
		List<String> ways = new ArrayList<>();
		if (!visibility.units().isEmpty()) {
			ways.add("exists (select 1 from strategy_cycle_unit cu where cu.cycle_id = c.id"
					+ " and cu.unit_id in (:viewerUnits))");
			params.addValue("viewerUnits", visibility.units());
		}
		String offered = "t.ASSIGNEE_ = :viewer or l.USER_ID_ = :viewer";
		if (!visibility.groups().isEmpty()) {
			offered += " or l.GROUP_ID_ in (:viewerGroups)";
			params.addValue("viewerGroups", visibility.groups());
		}
		ways.add("exists (" + OPEN_TASKS_OF_CYCLE + " and (" + offered + "))");
		params.addValue("viewer", visibility.userId());
		where.append(" and (").append(String.join(" or ", ways)).append(")");
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
