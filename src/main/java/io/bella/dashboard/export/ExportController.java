package io.bella.dashboard.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import io.bella.dashboard.accounts.StaffAccount;
import io.bella.dashboard.calls.CallFilter;
import io.bella.dashboard.web.ErrorPages;
import io.bella.system.ClinicTimeZone;
import io.bella.system.PhoneNumbers;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * CSV exports of appointments, patients, calls and the cost ledger ({@code /export} and
 * {@code /export/{kind}.csv}): written to the response as the rows are read from the
 * database, each with the same query and filters as the page that lists them, so that the
 * file holds as many rows as the page counts.
 */
@Controller
class ExportController {

	private final Exports exports;

	private final PhoneNumbers phoneNumbers;

	private final ClinicTimeZone clinicTimeZone;

	ExportController(Exports exports, PhoneNumbers phoneNumbers, ClinicTimeZone clinicTimeZone) {
		this.exports = exports;
		this.phoneNumbers = phoneNumbers;
		this.clinicTimeZone = clinicTimeZone;
	}

	@GetMapping("/export")
	String exports(@RequestParam Map<String, String> params, Model model) {
		ZoneId zone = zone();
		Period period = Period.parse(params);
		if (params.get("from") == null && params.get("to") == null) {
			LocalDate today = LocalDate.now(this.exports.clock().withZone(zone));
			period = new Period(today.withDayOfMonth(1), today, null);
		}
		model.addAttribute("period", period);
		model.addAttribute("counts", this.exports.counts(period, zone));
		return "export";
	}

	@GetMapping("/export/{kind}.csv")
	ModelAndView export(@PathVariable String kind, @RequestParam Map<String, String> params,
			@ModelAttribute(name = "me", binding = false) StaffAccount me, HttpServletResponse response)
			throws IOException {
		ZoneId zone = zone();
		Period period = Period.parse(params);
		CallFilter calls = "calls".equals(kind) ? CallFilter.parse(params, this.phoneNumbers) : null;
		if (!Exports.KINDS.contains(kind)) {
			return ErrorPages.notFound("There is no export of that name.");
		}
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(kind + period.fileSuffix() + ".csv").build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
				64 * 1024);
		CsvWriter csv = new CsvWriter(out, zone);
		switch (kind) {
			case "appointments" -> this.exports.appointments(period, zone, csv);
			case "patients" -> this.exports.patients(params.get("q"), period, zone, csv);
			case "calls" -> this.exports.calls(calls, zone, me != null && me.isAdmin(), csv);
			default -> this.exports.costLedger(period, zone, csv);
		}
		out.flush();
		return null;
	}

	private ZoneId zone() {
		return this.clinicTimeZone.zone().orElse(ZoneOffset.UTC);
	}

}
