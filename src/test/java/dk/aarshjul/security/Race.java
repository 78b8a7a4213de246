package dk.aarshjul.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Contenders started at the same instant, each on its own thread; their answers in the order given. */
final class Race {

	private Race() {
	}

	@SafeVarargs
	static <T> List<T> of(Callable<T>... contenders) throws Exception {
		return of(List.of(contenders));
	}

	static <T> List<T> of(List<Callable<T>> contenders) throws Exception {
		CyclicBarrier start = new CyclicBarrier(contenders.size());
		ExecutorService pool = Executors.newFixedThreadPool(contenders.size());
		try {
			List<Future<T>> running = new ArrayList<>();
			for (Callable<T> contender : contenders) {
				running.add(pool.submit(() -> {
					start.await();
					return contender.call();
				}));
			}
			List<T> answers = new ArrayList<>();
			for (Future<T> answer : running) {
				answers.add(answer.get());
			}
			return answers;
		}
		finally {
			pool.shutdown();
		}
	}

}
