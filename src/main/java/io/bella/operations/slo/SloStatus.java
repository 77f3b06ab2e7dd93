package io.bella.operations.slo;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.bella.operations.status.ComponentStatus;
import io.bella.operations.status.StatusContributor;

import org.springframework.stereotype.Component;

/**
 * Each SLO as a status component ({@code slo:webhook-availability}): red while it pages,
 * yellow while it asks for a ticket or has spent its error budget, green otherwise (also
 * while it has too few events to say anything, which the reason tells).
 */
@Component
class SloStatus implements StatusContributor {

	private static final String NAME = "slo";

	private final Slos slos;

	SloStatus(Slos slos) {
		this.slos = slos;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<ComponentStatus> status(Instant now) {
		return this.slos.report(now).slos().stream().map(SloStatus::component).toList();
	}

	static ComponentStatus component(SloResult slo) {
		String name = NAME + ":" + slo.name();
		String objective = percent(slo.objective().target()) + " over " + slo.objective().window();
		Double full = slo.sli().get("full");
		String measured = (full != null) ? percent(full) + " good of " + slo.events().total() + " events" : "no events";
		String reason = measured + " against " + objective + ".";
		return switch (slo.status()) {
			case PAGE -> ComponentStatus.red(name,
					reason + " Burning its error budget fast enough to page: " + pairs(slo) + ".");
			case TICKET -> ComponentStatus.yellow(name, reason + " Burning its error budget: " + pairs(slo) + ".");
			case INSUFFICIENT_DATA -> ComponentStatus.green(name, "Too few events to tell yet (" + slo.events().total()
					+ " of the " + slo.objective().minimumEvents() + " needed); " + objective + ".");
			case OK -> (slo.errorBudget().remaining() < 0)
					? ComponentStatus.yellow(name, reason + " The error budget of the window is spent.")
					: ComponentStatus.green(name, reason);
		};
	}

	private static String pairs(SloResult slo) {
		return slo.burning().stream().map(SloResult.BurningPair::alert).collect(Collectors.joining(", "));
	}

	private static String percent(double share) {
		return String.format(Locale.ROOT, "%.2f %%", share * 100);
	}

	@Override
	public boolean usesDatabase() {
		return true;
	}

}
