package dk.aarshjul.cockpit;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.aarshjul.cycle.CycleSummary;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.NativeHistoricActivityInstanceQuery;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ended instances of a process definition, newest first, with their total duration and their
 * slowest step: this year's cycle beside last year's. Four statements per page: the page, the count,
 * the page's steps and its plans.
 */
@Service
@Transactional(readOnly = true)
class EndedCycles {

	private static final Set<String> STEPS = Set.of("callActivity", "userTask");

	record Page(int page, int size, long total, List<Row> rows) {
	}

	record Row(String processInstanceId, String businessKey, String planCode, String planTitle, Integer year,
			String state, Instant startedAt, Instant endedAt, Long durationMillis, String slowestStep,
			Long slowestStepMillis) {
	}

	private final HistoryService history;

	private final ManagementService management;

	private final CockpitCycles cycles;

	private final MessageSource messages;

	EndedCycles(HistoryService history, ManagementService management, CockpitCycles cycles, MessageSource messages) {
		this.history = history;
		this.management = management;
		this.cycles = cycles;
		this.messages = messages;
	}

	Page of(String processDefinitionId, int page, int size) {
		var query = history.createHistoricProcessInstanceQuery().processDefinitionId(processDefinitionId).finished();
		long total = query.count();
		List<HistoricProcessInstance> instances = query.orderByProcessInstanceEndTime().desc()
			.listPage(page * size, size);
		if (instances.isEmpty()) {
			return new Page(page, size, total, List.of());
		}
		Map<String, HistoricActivityInstance> slowest = slowestSteps(instances);
		Map<String, CycleSummary> cyclesByInstance = cycles
			.summariesOf(instances.stream().map(HistoricProcessInstance::getRootProcessInstanceId).toList())
			.stream()
			.collect(Collectors.toMap(CycleSummary::processInstanceId, Function.identity()));
		List<Row> rows = instances.stream().map(instance -> {
			CycleSummary cycle = cyclesByInstance.get(instance.getRootProcessInstanceId());
			HistoricActivityInstance step = slowest.get(instance.getId());
			return new Row(instance.getId(), cycle == null ? instance.getBusinessKey() : cycle.businessKey(),
					cycle == null ? null : cycle.planCode(), cycle == null ? null : cycle.planTitle(),
					cycle == null ? null : cycle.cycleYear(), instance.getState(),
					instance.getStartTime().toInstant(), instance.getEndTime().toInstant(),
					instance.getDurationInMillis(), step == null ? null : stepName(step),
					step == null ? null : step.getDurationInMillis());
		}).toList();
		return new Page(page, size, total, rows);
	}

	/** Each instance's longest finished step, from one native query over the page's instances. */
	private Map<String, HistoricActivityInstance> slowestSteps(List<HistoricProcessInstance> instances) {
		StringBuilder in = new StringBuilder();
		for (int i = 0; i < instances.size(); i++) {
			in.append(i == 0 ? "" : ", ").append("#{p").append(i).append('}');
		}
		NativeHistoricActivityInstanceQuery steps = history.createNativeHistoricActivityInstanceQuery()
			.sql("select * from " + management.getTableName(HistoricActivityInstance.class) + " where PROC_INST_ID_ in ("
					+ in + ") and END_TIME_ is not null");
		for (int i = 0; i < instances.size(); i++) {
			steps.parameter("p" + i, instances.get(i).getId());
		}
		Map<String, HistoricActivityInstance> slowest = new HashMap<>();
		steps.list()
			.stream()
			.filter(step -> STEPS.contains(step.getActivityType()) && step.getDurationInMillis() != null)
			.forEach(step -> slowest.merge(step.getProcessInstanceId(), step,
					(a, b) -> Comparator.comparing(HistoricActivityInstance::getDurationInMillis).compare(a, b) >= 0 ? a
							: b));
		return slowest;
	}

	private String stepName(HistoricActivityInstance step) {
		String fallback = step.getActivityName() != null ? step.getActivityName() : step.getActivityId();
		return messages.getMessage("phase." + step.getActivityId(), null, fallback, LocaleContextHolder.getLocale());
	}

}
