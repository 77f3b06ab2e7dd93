package io.bella.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import io.bella.system.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Sets the clinic up at start-up: from {@code BELLA_CLINIC_FILE} when it is given (at
 * every start, so that the file stays the truth), else, on an empty database with the
 * demo on, from the demo clinic's file. A file that cannot be applied stops the start
 * with one line naming the entry that is wrong.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClinicFileRunner implements ApplicationRunner {

	static final String DEMO = "classpath:clinics/demo.yaml";

	private static final Logger log = LoggerFactory.getLogger(ClinicFileRunner.class);

	private final ClinicFileApplier applier;

	private final SetupProperties setup;

	private final DemoProperties demo;

	private final Clinics clinics;

	private final Clock clock;

	ClinicFileRunner(ClinicFileApplier applier, SetupProperties setup, DemoProperties demo, Clinics clinics,
			Clock clock) {
		this.applier = applier;
		this.setup = setup;
		this.demo = demo;
		this.clinics = clinics;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (StringUtils.hasText(this.setup.clinicFile())) {
			Resource file = resource(this.setup.clinicFile().strip());
			if (!file.exists()) {
				throw new ClinicFileException("BELLA_CLINIC_FILE " + this.setup.clinicFile()
						+ " does not exist; give the path of a clinic file (docs/clinic-setup.md)");
			}
			apply(file, read(file));
		}
		else if (this.demo.enabled() && this.clinics.find().isEmpty()) {
			apply(resource(DEMO), demo(read(resource(DEMO))));
		}
	}

	private static ClinicFile read(Resource file) {
		try {
			return ClinicFile.read(file);
		}
		catch (IllegalArgumentException | java.io.UncheckedIOException ex) {
			throw new ClinicFileException(ex.getMessage());
		}
	}

	private void apply(Resource resource, ClinicFile file) {
		ClinicFileApplier.Report report;
		try {
			ZoneId zone = SetupValidation.zone("clinic.time_zone", file.clinic().timeZone());
			report = this.applier.apply(file, LocalDate.now(this.clock.withZone(zone)));
		}
		catch (InvalidRequestException ex) {
			throw new ClinicFileException("The clinic file " + resource.getDescription() + " cannot be applied: "
					+ ex.errors() + "; nothing was changed");
		}
		if (report.changes().isEmpty()) {
			log.info("Clinic file {}: the set-up is as it describes", resource.getDescription());
		}
		else {
			log.info("Clinic file {} applied: {}", resource.getDescription(), summary(report));
		}
		if (!report.strandedAppointments().isEmpty()) {
			log.warn(
					"Clinic file {}: {} booked appointments are now outside the schedule and were kept as they are "
							+ "(ids {}); move or cancel them",
					resource.getDescription(), report.strandedAppointments().size(),
					report.strandedAppointments().stream().map(StrandedAppointment::appointmentId).toList());
		}
	}

	private static String summary(ClinicFileApplier.Report report) {
		int shown = Math.min(report.changes().size(), 8);
		String listed = String.join(", ", report.changes().subList(0, shown));
		return (shown < report.changes().size())
				? listed + " and " + (report.changes().size() - shown) + " more changes" : listed;
	}

	/**
	 * The demo file with the clinic's details the configuration gives.
	 */
	private ClinicFile demo(ClinicFile file) {
		Map<String, String> facts = new LinkedHashMap<>(file.clinic().facts());
		ClinicFile.ClinicPart clinic = new ClinicFile.ClinicPart(this.demo.clinicName(), this.demo.timeZone(),
				this.demo.phone(), this.demo.transferNumber(), file.clinic().region(), file.clinic().kind(),
				file.clinic().address(), facts);
		return new ClinicFile(clinic, file.holidays(), file.bookingRules(), file.providers(), file.appointmentTypes(),
				file.closedDates());
	}

	private static Resource resource(String location) {
		return location.startsWith("classpath:") ? new DefaultResourceLoader().getResource(location)
				: new FileSystemResource(location);
	}

	/**
	 * The clinic file cannot be read or applied; the message says what to fix.
	 */
	static class ClinicFileException extends IllegalStateException {

		ClinicFileException(String message) {
			super(message);
		}

	}

}
