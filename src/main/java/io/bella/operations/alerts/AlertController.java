package io.bella.operations.alerts;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.bella.system.ClinicTimeZone;
import io.bella.system.InvalidRequestException;
import io.bella.system.Page;
import io.bella.system.Paging;
import io.bella.system.SupportedTimes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists alerts, and lets a person raise, acknowledge and resolve them.
 */
@RestController
@RequestMapping("/api/unified/alerts")
@Tag(name = "Alerts", description = "Alerts that reach a person, and their lifecycle")
class AlertController {

	private static final String OPERATOR = "operator";

	private final Alerting alerting;

	private final Alerts alerts;

	private final Mutes mutes;

	private final AlertNotifier notifier;

	private final ClinicTimeZone clinicZone;

	private final Clock clock;

	AlertController(Alerting alerting, Alerts alerts, Mutes mutes, AlertNotifier notifier, ClinicTimeZone clinicZone,
			Clock clock) {
		this.alerting = alerting;
		this.alerts = alerts;
		this.mutes = mutes;
		this.notifier = notifier;
		this.clinicZone = clinicZone;
		this.clock = clock;
	}

	@GetMapping
	@Operation(operationId = "listAlerts", summary = "List alerts",
			description = "Newest first. from/to are ISO-8601 date-times with an offset: alerts active at some time "
					+ "in [from, to). page counts from 0; size is 1 to 200 (50).")
	Page<AlertResponse> list(@RequestParam(required = false) String state,
			@RequestParam(required = false) String severity, @RequestParam(required = false) String component,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = Paging.DEFAULT_SIZE_TEXT) int size) {
		Paging paging = new Paging(page, size);
		if (from != null && to != null && !from.isBefore(to)) {
			throw new InvalidRequestException("to", "must be after from");
		}
		AlertQuery query = new AlertQuery(blank(state) ? null : AlertState.parse("state", state),
				blank(severity) ? null : Severity.parse("severity", severity), blank(component) ? null : component,
				instant("from", from), instant("to", to), page, size);
		Alerts.Page found = this.alerts.find(query);
		return Page.of(responses(found.alerts()), paging, found.total());
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getAlert", summary = "One alert, with its notices")
	AlertResponse get(@PathVariable long id) {
		return response(this.alerts.find(id).orElseThrow(() -> new UnknownIdException("alert", id)));
	}

	@PostMapping
	@Operation(operationId = "raiseAlert", summary = "Raise an alert by hand",
			description = "201 with the new alert; 200 with the existing one when an unresolved alert has the same "
					+ "component and summary (it counts one more occurrence).")
	ResponseEntity<AlertResponse> raise(@Valid @RequestBody RaiseAlert request) {
		Condition condition = new Condition(Alert.MANUAL_RULE,
				Map.of("component", request.component().strip(), "summary", request.summary().strip()),
				Severity.parse("severity", request.severity()), request.component().strip(), request.summary(),
				request.details());
		Raised raised = this.alerting.raise(condition, by(request.by()));
		AlertResponse body = response(raised.alert());
		return raised.created()
				? ResponseEntity.created(URI.create("/api/unified/alerts/" + raised.alert().id())).body(body)
				: ResponseEntity.ok(body);
	}

	@PostMapping("/{id}/acknowledge")
	@Operation(operationId = "acknowledgeAlert", summary = "Acknowledge an alert",
			description = "Stops its repeats. 409 when it is resolved.")
	AlertResponse acknowledge(@PathVariable long id, @Valid @RequestBody(required = false) Acknowledge request) {
		return response(this.alerting.acknowledge(id, by((request != null) ? request.by() : null)));
	}

	@PostMapping("/{id}/resolve")
	@Operation(operationId = "resolveAlert", summary = "Resolve an alert by hand",
			description = "note says what was done. If the condition still holds, its rule raises it again as a new "
					+ "alert at the next evaluation. 409 when it is resolved already.")
	AlertResponse resolve(@PathVariable long id, @Valid @RequestBody Resolve request) {
		return response(this.alerting.resolve(id, by(request.by()), request.note().strip()));
	}

	private AlertResponse response(Alert alert) {
		return responses(List.of(alert)).get(0);
	}

	private List<AlertResponse> responses(List<Alert> page) {
		ZoneId zone = this.clinicZone.zone().orElse(ZoneOffset.UTC);
		Instant now = this.clock.instant();
		Map<Long, List<AlertNotifier.Delivery>> deliveries = this.notifier
			.deliveries(page.stream().map(Alert::id).toList());
		return page.stream()
			.map((alert) -> AlertResponse.of(alert, zone,
					alert.resolved() ? null : this.mutes.mutedBy(alert, now).orElse(null),
					deliveries.getOrDefault(alert.id(), List.of())))
			.toList();
	}

	private static Instant instant(String field, OffsetDateTime time) {
		return (time != null) ? SupportedTimes.check(field, time.toInstant()) : null;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String by(String by) {
		return blank(by) ? OPERATOR : by.strip();
	}

	/**
	 * One page of alerts.
	 *
	 * @param alerts newest first
	 * @param page this page, from 0
	 * @param size alerts per page
	 * @param total how many match in all
	 */
	@Schema(example = """
			{"severity": "HIGH", "component": "front-desk", "summary": "Phones ring through to voicemail",
			 "details": "Patients say Bella hangs up after the greeting", "by": "Dr. Lee"}""")
	record RaiseAlert(@NotBlank String severity, @NotBlank @Size(max = 100) String component,
			@NotBlank @Size(max = 300) String summary, @Size(max = 4000) String details, @Size(max = 200) String by) {
	}

	record Acknowledge(@Size(max = 200) String by) {
	}

	@Schema(example = """
			{"note": "Restarted the model server", "by": "Sam (on call)"}""")
	record Resolve(@NotBlank @Size(max = 2000) String note, @Size(max = 200) String by) {
	}

}
