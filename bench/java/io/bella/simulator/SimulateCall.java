package io.bella.simulator;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import io.bella.simulator.CallSimulator.Transcript;

/**
 * {@code bench/simulate-call.sh}: one simulated call from the command line, interactive
 * unless {@code --script} lines are given. Whatever goes wrong ends in one line that says
 * what to do, and a non-zero exit status.
 */
public final class SimulateCall {

	static final String DEFAULT_URL = "http://localhost:8000";

	static final String USAGE = """
			Usage: bench/simulate-call.sh [options] [--script LINE...]
			Plays Twilio's part in a phone call against a running Bella: signs each webhook with the auth
			token, follows the TwiML, prints what Bella says. You type what the caller says (an empty line
			is silence, /hangup hangs up), or --script says it.

			  --url URL            where Bella listens (default: BELLA_URL, else http://localhost:8000)
			  --token TOKEN        the TWILIO_AUTH_TOKEN Bella was started with (default: TWILIO_AUTH_TOKEN)
			  --from NUMBER        the caller ID, "anonymous" for a withheld number (default: a random +1416555....)
			  --to NUMBER          the number called (default: +14165550100)
			  --dial-status STATUS how a transfer to a person goes: completed, no-answer, busy (default: completed)
			  --voicemail          when Bella takes a message, leave a sample recording: GET /api/callbacks then
			                       lists it (without Twilio Bella cannot fetch the audio, so its transcript reads
			                       "transcription unavailable")
			  --script LINE...     the caller's lines, said in turn; the rest of the command line is the script
			  --help               this text

			Example (Bella started with TWILIO_AUTH_TOKEN=dev-token ./mvnw spring-boot:run):
			  TWILIO_AUTH_TOKEN=dev-token bench/simulate-call.sh --script "I'd like a cleaning next Tuesday at 10 am" "yes"
			""";

	private static final Set<String> VALUED = Set.of("url", "token", "from", "to", "dial-status");

	private SimulateCall() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.getenv(), System.out, System.err));
	}

	/**
	 * Runs the command and returns its exit status: 0 when the call ran to its end, 1 when
	 * Bella could not be reached or refused a webhook, 2 for a wrong command line.
	 */
	static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
		Map<String, String> options = new HashMap<>();
		List<String> script = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String option = args[i].startsWith("--") ? args[i].substring(2) : "";
			if (args[i].equals("--help") || args[i].equals("-h")) {
				out.print(USAGE);
				return 0;
			}
			if (args[i].equals("--script")) {
				script.addAll(List.of(args).subList(i + 1, args.length));
				break;
			}
			if (args[i].equals("--voicemail")) {
				options.put("voicemail", "true");
			}
			else if (VALUED.contains(option) && i + 1 < args.length) {
				options.put(option, args[++i]);
			}
			else {
				err.println("simulate-call: unknown or incomplete option " + args[i] + " (--help lists the options)");
				return 2;
			}
		}
		String url = options.getOrDefault("url", env.getOrDefault("BELLA_URL", DEFAULT_URL));
		String token = options.getOrDefault("token", env.getOrDefault("TWILIO_AUTH_TOKEN", ""));
		// without a token only a Bella that checks no signatures takes the call
		// (BELLA_TWILIO_SIGNATURE_VALIDATION=false); any other says 403, explained then
		boolean tokenless = token.isBlank();
		String from = options.getOrDefault("from",
				"+1416555" + String.format("%04d", ThreadLocalRandom.current().nextInt(10000)));
		CallSimulator simulator = new CallSimulator(URI.create(url), tokenless ? "unset" : token, out)
			.dialCallStatus(options.getOrDefault("dial-status", "completed"))
			.leavesMessage(options.containsKey("voicemail"));
		Caller caller = script.isEmpty()
				? Caller.interactive(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)))
				: Caller.scripted(script);
		out.println("Calling Bella at " + url + " (another address: --url or BELLA_URL) from " + from
				+ (script.isEmpty() ? "; type what the caller says, an empty line is silence, /hangup hangs up" : ""));
		try {
			Transcript transcript = simulator.call(from, options.getOrDefault("to", "+14165550100"), caller);
			out.println("Call " + transcript.callSid() + " ended: " + transcript.end() + ", " + transcript.turns()
					+ " webhooks, status callback HTTP " + transcript.statusCode());
			return 0;
		}
		catch (BellaUnreachableException ex) {
			err.println("simulate-call: " + ex.getMessage() + ". Start Bella (./mvnw spring-boot:run) or give its "
					+ "address with --url or BELLA_URL.");
		}
		catch (WebhookRejectedException ex) {
			err.println("simulate-call: " + rejected(ex, tokenless));
		}
		catch (IllegalStateException ex) {
			err.println("simulate-call: " + oneLine(ex.getMessage()));
		}
		return 1;
	}

	private static String rejected(WebhookRejectedException ex, boolean tokenless) {
		if (ex.status() == 403) {
			return "Bella refused the webhook's signature (HTTP 403 from " + ex.uri() + ")"
					+ (tokenless ? ": no token was given" : "") + ". Sign with the TWILIO_AUTH_TOKEN Bella was "
					+ "started with (--token or TWILIO_AUTH_TOKEN); a Bella started without one refuses every webhook.";
		}
		return oneLine(ex.getMessage());
	}

	private static String oneLine(String message) {
		String line = String.valueOf(message).replaceAll("\\s+", " ").strip();
		return (line.length() > 300) ? line.substring(0, 300) + "…" : line;
	}

}
