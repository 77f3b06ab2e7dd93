package io.bella.system;

import java.util.Map;

import org.slf4j.MDC;

import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;

/**
 * Carries the logging context ({@code request_id}, {@code call_sid}) of whoever hands
 * work to Spring's task executor onto the thread that does it, so that what an
 * asynchronous event listener logs about a call is found with the call's other lines.
 * Boot applies the one {@link TaskDecorator} bean to its executor.
 */
@Component
class LoggingContextTaskDecorator implements TaskDecorator {

	@Override
	public Runnable decorate(Runnable task) {
		Map<String, String> context = MDC.getCopyOfContextMap();
		return () -> {
			Map<String, String> previous = MDC.getCopyOfContextMap();
			set(context);
			try {
				task.run();
			}
			finally {
				set(previous);
			}
		};
	}

	private static void set(Map<String, String> context) {
		if (context != null) {
			MDC.setContextMap(context);
		}
		else {
			MDC.clear();
		}
	}

}
