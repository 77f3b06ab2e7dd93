package io.bella.dialogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.bella.dialogue.ConversationCheck.Verdict;

/**
 * The conversation suite's measure, per kind of request and per way of talking: callers,
 * success, wrong outcomes, wrong read-backs, the median of caller turns to a booking (or
 * move), and Bella's re-asks. Renders itself as Markdown and reads and writes the floors
 * the build holds success to.
 */
final class ConversationReport {

	/** The floors, a whole percent of success per class. */
	static final Path FLOORS = Path.of("src/test/resources/dialogue/conversation-floor.properties");

	private final Map<String, Tally> rows = new LinkedHashMap<>();

	private final Map<String, List<String>> firstFailure = new LinkedHashMap<>();

	private final List<String> wrongOutcomes = new ArrayList<>();

	ConversationReport() {
		for (CallerGoal.Kind kind : CallerGoal.Kind.values()) {
			this.rows.put("kind." + kind, new Tally());
		}
		for (CallerGoal.Style style : CallerGoal.Style.values()) {
			this.rows.put("style." + style, new Tally());
		}
		this.rows.put("all", new Tally());
	}

	void add(ScriptedCaller caller, Verdict verdict) {
		CallerGoal goal = caller.goal();
		for (String key : List.of("kind." + goal.kind(), "style." + goal.style(), "all")) {
			Tally tally = this.rows.computeIfAbsent(key, (k) -> new Tally());
			tally.add(caller, verdict);
			if (!verdict.success() && !key.equals("all")) {
				this.firstFailure.putIfAbsent(key, describe(caller, verdict));
			}
		}
		if (verdict.wrong() != null) {
			this.wrongOutcomes
				.add("caller " + goal.id() + " (" + goal.kind() + ", " + goal.style() + "): " + verdict.wrong());
		}
	}

	static List<String> describe(ScriptedCaller caller, Verdict verdict) {
		List<String> lines = new ArrayList<>();
		CallerGoal goal = caller.goal();
		lines.add((verdict.success() ? "[ok] " : (verdict.wrong() != null) ? "[WRONG] " : "[failed] ") + "caller "
				+ goal.id() + ", " + goal.kind() + " / " + goal.style() + (goal.closed() ? ", closed" : "") + ", wants "
				+ goal.type() + " " + goal.finalWant()
				+ ((verdict.wrong() != null) ? " — WRONG: " + verdict.wrong() : "") + "; after the call: "
				+ verdict.rows());
		lines.addAll(caller.transcript());
		return lines;
	}

	int wrongOutcomeCount() {
		return this.wrongOutcomes.size();
	}

	List<String> wrongOutcomes() {
		return this.wrongOutcomes;
	}

	/** Success per class, a percentage. */
	Map<String, Double> success() {
		Map<String, Double> success = new LinkedHashMap<>();
		this.rows.forEach((key, tally) -> success.put(key, tally.successPercent()));
		return success;
	}

	String markdown(String title) {
		StringBuilder md = new StringBuilder("## " + title + "\n\n");
		md.append(
				"| class | callers | success | wrong outcomes | wrong read-backs | median turns per booking | re-asks |\n");
		md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
		this.rows.forEach((key, tally) -> md
			.append(String.format("| %s | %d | %.1f %% | %d | %d | %s | %d |%n", key, tally.callers,
					tally.successPercent(), tally.wrong, tally.wrongReadBacks, tally.medianTurns(), tally.reAsks)));
		return md.toString();
	}

	String failures() {
		StringBuilder text = new StringBuilder("## Wrong outcomes\n\n");
		this.wrongOutcomes.forEach((line) -> text.append("- ").append(line).append('\n'));
		text.append("\n## First failing caller per class\n");
		this.firstFailure.forEach((key, lines) -> {
			text.append("\n### ").append(key).append("\n\n```\n");
			lines.forEach((line) -> text.append(line).append('\n'));
			text.append("```\n");
		});
		return text.toString();
	}

	static Properties floors() {
		Properties floors = new Properties();
		if (Files.exists(FLOORS)) {
			try (InputStream in = Files.newInputStream(FLOORS)) {
				floors.load(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return floors;
	}

	/** Rewrites the floors from this run: each class's success, rounded down. */
	void writeFloors() {
		StringBuilder text = new StringBuilder(
				"# Success floors of the conversation suite, whole percent per class (ConversationSuiteIntegrationTests).\n"
						+ "# Rewritten from a run with -Dbella.docs.update=true; raise them as the dialogue improves.\n");
		success()
			.forEach((key, percent) -> text.append(key).append('=').append((int) Math.floor(percent)).append('\n'));
		try {
			Files.createDirectories(FLOORS.getParent());
			Files.writeString(FLOORS, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One row of the table.
	 */
	private static final class Tally {

		private int callers;

		private int succeeded;

		private int wrong;

		private int wrongReadBacks;

		private int reAsks;

		private final List<Integer> turns = new ArrayList<>();

		void add(ScriptedCaller caller, Verdict verdict) {
			this.callers++;
			this.succeeded += verdict.success() ? 1 : 0;
			this.wrong += (verdict.wrong() != null) ? 1 : 0;
			this.wrongReadBacks += caller.wrongReadBacks();
			this.reAsks += caller.reAsks();
			if (verdict.success() && caller.goal().books() && caller.turnsToDone() > 0) {
				this.turns.add(caller.turnsToDone());
			}
		}

		double successPercent() {
			return (this.callers == 0) ? 0 : 100.0 * this.succeeded / this.callers;
		}

		String medianTurns() {
			if (this.turns.isEmpty()) {
				return "–";
			}
			List<Integer> sorted = this.turns.stream().sorted().toList();
			int middle = sorted.size() / 2;
			double median = (sorted.size() % 2 == 1) ? sorted.get(middle)
					: (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
			return (median == Math.floor(median)) ? String.valueOf((int) median) : String.valueOf(median);
		}

	}

}
