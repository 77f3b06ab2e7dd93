package io.bella.operations.slo;

import java.util.List;

import io.bella.operations.SloBoard;

import org.springframework.stereotype.Service;

/**
 * {@link SloBoard} from the same report as {@code /api/unified/sla-metrics}.
 */
@Service
class SloBoardService implements SloBoard {

	private final Slos slos;

	SloBoardService(Slos slos) {
		this.slos = slos;
	}

	@Override
	public List<Slo> slos() {
		return this.slos.current()
			.slos()
			.stream()
			.map((result) -> new Slo(result.name(), result.component(), result.objective().target(),
					result.objective().window(), result.status().name(), result.events().total(),
					result.events().good(), result.errorBudget().remaining(), result.burnRate()))
			.toList();
	}

}
