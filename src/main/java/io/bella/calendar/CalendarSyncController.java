package io.bella.calendar;

import io.bella.system.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports a provider's busy times from their Google calendar now, rather than at the next
 * refresh.
 */
@RestController
@Tag(name = "Providers")
class CalendarSyncController {

	private final BusyImport busyImport;

	CalendarSyncController(BusyImport busyImport) {
		this.busyImport = busyImport;
	}

	@PostMapping("/api/providers/{id}/calendar-sync")
	@Operation(operationId = "syncProviderCalendar", summary = "Import a provider's busy times from Google now",
			description = "Reads the provider's Google calendar and answers how many busy times it holds from now "
					+ "to the end of the booking horizon; those times block availability at once.")
	@ApiResponse(responseCode = "200", description = "Imported")
	@ApiResponse(responseCode = "404", description = "No such provider")
	@ApiResponse(responseCode = "409",
			description = "The provider has no google_calendar_id, Google is not configured, or Google refuses "
					+ "the calendar")
	@ApiResponse(responseCode = "503", description = "Google cannot be reached now; try again later")
	BusyImport.Imported sync(@PathVariable long id) {
		return this.busyImport.importNow(id);
	}

	@ExceptionHandler
	ProblemDetail on(CalendarSyncRefusedException ex) {
		return ProblemResponses.problem(HttpStatus.CONFLICT, "calendar-sync-refused", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail on(CalendarUnavailableException ex) {
		return ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, "google-unavailable", ex.getMessage());
	}

}
