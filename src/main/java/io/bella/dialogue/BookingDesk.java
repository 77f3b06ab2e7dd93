package io.bella.dialogue;

import io.bella.booking.AppointmentTypes;
import io.bella.booking.BookingService;
import io.bella.booking.Clinics;
import io.bella.booking.Patients;
import io.bella.booking.Providers;
import io.bella.booking.SmsOptOuts;

import org.springframework.stereotype.Component;

/**
 * The booking module's services the dialogue works with, as a front desk has them at
 * hand: the clinic, its providers and kinds of visit, its patients and its book.
 *
 * @param clinics the clinic, its time zone and opening hours
 * @param providers the clinic's providers
 * @param appointmentTypes the kinds of visit
 * @param patients the clinic's patients
 * @param bookings books, moves and cancels appointments
 * @param optOuts the numbers that opted out of texts, which Bella promises no text
 */
@Component
record BookingDesk(Clinics clinics, Providers providers, AppointmentTypes appointmentTypes, Patients patients,
		BookingService bookings, SmsOptOuts optOuts) {
}
