package io.bella.operations.status;

import java.time.Duration;
import java.util.List;

import io.bella.operations.StatusBoard;

import org.springframework.stereotype.Service;

/**
 * {@link StatusBoard}: the components as {@code /api/unified/status} tells them.
 */
@Service
class StatusBoardService implements StatusBoard {

	private final StatusController status;

	StatusBoardService(StatusController status) {
		this.status = status;
	}

	@Override
	public StatusBoard.Snapshot status() {
		StatusController.StatusResponse response = this.status.status();
		List<StatusBoard.Component> components = response.components()
			.stream()
			.map((component) -> new StatusBoard.Component(component.name(), component.status().value(),
					component.reason()))
			.toList();
		return new StatusBoard.Snapshot(response.overall().value(), response.version(), response.instanceId(),
				Duration.ofSeconds(response.uptimeSeconds()), components);
	}

}
