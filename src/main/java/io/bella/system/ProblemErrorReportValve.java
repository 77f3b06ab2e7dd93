package io.bella.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error answer, for requests it refuses before any servlet sees them (a
 * broken {@code %} escape, too many parameters, a malformed header): a problem detail
 * like every other error of Bella, instead of Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		String title = (known != null) ? known.getReasonPhrase() : "Error";
		String detail = (status < 500) ? ProblemResponses.UNREADABLE : ProblemResponses.INTERNAL_ERROR;
		String type = (status < 500) ? "malformed-request" : "internal-error";
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				// every value is a constant of this class or a number: nothing to escape
				writer.write("{\"type\":\"" + ProblemTypes.of(type) + "\",\"title\":\"" + title + "\",\"status\":"
						+ status + ",\"detail\":\"" + detail + "\"}");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response cannot take a body: nothing more to do
		}
	}

}
