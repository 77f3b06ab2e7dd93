package io.bella;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A shell example of the documentation: a fenced {@code bash}, {@code sh}, {@code shell}
 * or {@code console} block of {@code README.md} or {@code docs/*.md}. Every one is run by
 * {@code DocumentationExamplesIntegrationTests} unless the line above its fence says why
 * not, as {@code <!-- not-run: reason -->} (docs/testing.md).
 *
 * @param file the Markdown file, relative to the project
 * @param line the line of the opening fence
 * @param script the commands ({@code console} blocks: the {@code $ } lines, without the
 * prompt; what follows them is output)
 * @param notRun why the block is not run, {@code null} when it is; blank when the comment
 * gives no reason
 */
public record ShellExample(Path file, int line, String script, String notRun) {

	private static final Set<String> SHELLS = Set.of("bash", "sh", "shell", "console");

	private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*([\\w-]*).*$");

	private static final Pattern NOT_RUN = Pattern.compile("^\\s*<!--\\s*not-run\\b:?\\s*(.*?)\\s*-->\\s*$");

	// curl and its first argument, wherever a command can start
	private static final Pattern CURL = Pattern.compile("(?:^|[\\s;&|(`]|\\$\\()curl\\s+(\\S+)", Pattern.MULTILINE);

	/**
	 * The shell examples of the README and of every Markdown file in {@code docs/}, in
	 * that order, each file's in the order they appear.
	 * @param project the project's root directory
	 */
	public static List<ShellExample> documentation(Path project) {
		List<Path> files = new ArrayList<>();
		files.add(Path.of("README.md"));
		try (Stream<Path> docs = Files.list(project.resolve("docs"))) {
			docs.map((doc) -> project.relativize(doc))
				.filter((doc) -> doc.toString().endsWith(".md"))
				.sorted()
				.forEach(files::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<ShellExample> examples = new ArrayList<>();
		for (Path file : files) {
			try {
				examples.addAll(parse(file, Files.readString(project.resolve(file))));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return examples;
	}

	/**
	 * The shell examples of one Markdown text.
	 */
	public static List<ShellExample> parse(Path file, String markdown) {
		List<ShellExample> examples = new ArrayList<>();
		String[] lines = markdown.split("\\R", -1);
		String above = "";
		for (int i = 0; i < lines.length; i++) {
			Matcher fence = FENCE.matcher(lines[i]);
			if (!fence.matches()) {
				if (!lines[i].isBlank()) {
					above = lines[i];
				}
				continue;
			}
			int opening = i;
			String marker = fence.group(1);
			List<String> body = new ArrayList<>();
			while (++i < lines.length && !lines[i].strip().startsWith(marker)) {
				body.add(lines[i]);
			}
			String language = fence.group(2);
			if (SHELLS.contains(language)) {
				Matcher notRun = NOT_RUN.matcher(above);
				String script = language.equals("console") ? commands(body) : String.join("\n", body);
				examples.add(new ShellExample(file, opening + 1, script, notRun.matches() ? notRun.group(1) : null));
			}
			above = "";
		}
		return examples;
	}

	// the commands of a terminal session: lines after a "$ " prompt, with their
	// continuation lines
	private static String commands(List<String> body) {
		List<String> commands = new ArrayList<>();
		boolean continued = false;
		for (String line : body) {
			if (continued) {
				commands.add(line);
			}
			else if (line.startsWith("$ ")) {
				commands.add(line.substring(2));
			}
			else {
				continue;
			}
			continued = line.endsWith("\\");
		}
		return String.join("\n", commands);
	}

	public boolean runs() {
		return this.notRun == null;
	}

	/**
	 * The {@code curl} commands that do not start with {@code -f} (or {@code --fail}),
	 * and so would let an HTTP error pass as success.
	 */
	public List<String> curlsWithoutFail() {
		List<String> found = new ArrayList<>();
		Matcher curl = CURL.matcher(this.script);
		while (curl.find()) {
			String first = curl.group(1);
			boolean fails = first.equals("--fail") || first.matches("-[a-zA-Z]*f[a-zA-Z]*");
			if (!fails) {
				found.add("curl " + first);
			}
		}
		return found;
	}

	@Override
	public String toString() {
		return this.file + ":" + this.line;
	}

}
