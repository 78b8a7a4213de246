package dk.aarshjul.demo;

import java.io.IOException;
import java.io.InputStream;

import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: imports the seed plan "Holbæk i Fællesskab – Koncernledelsens strategiplan
 * 2017+" as a draft, once. Runs after the organisation is loaded.
 */
@Component
@Profile("demo")
@Order(10)
class DemoPlanSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPlanSeeder.class);

	static final String DEMO_PLAN_CODE = "DEMO-STRATEGI";

	static final int DEMO_PLAN_YEAR = 2017;

	private final PlanTransfer transfer;

	private final StrategyPlanRepository plans;

	private final Resource seedPlan;

	DemoPlanSeeder(PlanTransfer transfer, StrategyPlanRepository plans,
			@Value("classpath:demo/holbaek-strategiplan-2017.json") Resource seedPlan) {
		this.transfer = transfer;
		this.plans = plans;
		this.seedPlan = seedPlan;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (plans.existsByCodeAndYear(DEMO_PLAN_CODE, DEMO_PLAN_YEAR)) {
			return;
		}
		try (InputStream in = seedPlan.getInputStream()) {
			log.info("Demo plan imported: {}", transfer.importJson(in).getTitle());
		}
	}

}
