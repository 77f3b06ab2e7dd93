package io.bella;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs tasks at the same moment, each on a thread of its own, for tests of what two
 * instances, or two requests, racing each other do.
 */
public final class Together {

	private Together() {
	}

	/**
	 * Starts the tasks together and waits for all of them.
	 * @param tasks the tasks
	 * @return what each returned, in the tasks' order
	 * @throws Exception what the first failing task threw, wrapped
	 */
	public static <T> List<T> run(List<Callable<T>> tasks) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(threads.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

}
