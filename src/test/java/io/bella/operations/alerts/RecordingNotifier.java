package io.bella.operations.alerts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps the notices the alerts asked for, in order, for tests of when they are sent (the
 * outbox and channels have tests of their own).
 */
class RecordingNotifier implements AlertNotifier {

	final List<Sent> sent = new CopyOnWriteArrayList<>();

	@Override
	public void notify(Alert alert, Notice notice) {
		this.sent.add(new Sent(alert.id(), notice, alert.state()));
	}

	@Override
	public Map<Long, List<Delivery>> deliveries(Collection<Long> alertIds) {
		return Map.of();
	}

	List<Notice> of(long alertId) {
		return this.sent.stream().filter((sent) -> sent.alertId() == alertId).map(Sent::notice).toList();
	}

	record Sent(long alertId, Notice notice, AlertState state) {
	}

}
