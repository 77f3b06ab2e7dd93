package io.bella.system;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work handed to the task executor logs with the context of whoever handed it over, and
 * leaves the worker's own context as it was.
 */
class LoggingContextTaskDecoratorTests {

	LoggingContextTaskDecorator decorator = new LoggingContextTaskDecorator();

	@AfterEach
	void clear() {
		MDC.clear();
	}

	@Test
	void theTaskRunsWithTheContextItWasHandedOverWithAndTheWorkersIsRestored() throws Exception {
		MDC.put("call_sid", "CA0123");
		MDC.put("request_id", "req-1");
		AtomicReference<Map<String, String>> during = new AtomicReference<>();
		Runnable task = this.decorator.decorate(() -> during.set(MDC.getCopyOfContextMap()));
		MDC.clear();
		AtomicReference<Map<String, String>> after = new AtomicReference<>();

		Thread worker = new Thread(() -> {
			MDC.put("worker", "own");
			task.run();
			after.set(MDC.getCopyOfContextMap());
		});
		worker.start();
		worker.join();

		assertThat(during.get()).isEqualTo(Map.of("call_sid", "CA0123", "request_id", "req-1"));
		assertThat(after.get()).isEqualTo(Map.of("worker", "own"));
	}

}
