package io.bella.dashboard.settings;

import io.bella.calendar.GoogleConsent;
import io.bella.calendar.GoogleConsentException;
import io.bella.dashboard.audit.AuditAction;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Google Calendar by an administrator's consent, at {@code /settings/google}: "Connect a
 * Google account" sends them to Google with a random {@code state} kept in their session,
 * Google sends them back to {@link #CALLBACK} with a code, which is exchanged for a
 * refresh token that Bella keeps encrypted; "Disconnect" forgets it.
 */
@Controller
class GoogleAccountSettingsController {

	static final String PAGE = "/settings/google";

	/** Where Google sends the administrator back: the OAuth client's redirect URI. */
	static final String CALLBACK = PAGE + "/callback";

	static final String STATE = GoogleAccountSettingsController.class.getName() + ".state";

	private final GoogleConsent consent;

	private final SettingsAudit audit;

	private final String publicUrl;

	GoogleAccountSettingsController(GoogleConsent consent, SettingsAudit audit,
			@Value("${bella.public-url:}") String publicUrl) {
		this.consent = consent;
		this.audit = audit;
		this.publicUrl = StringUtils.hasText(publicUrl) ? publicUrl.trim().replaceAll("/+$", "") : null;
	}

	@GetMapping(PAGE)
	String page(Model model) {
		model.addAttribute("configured", this.consent.configured());
		model.addAttribute("serviceAccount", this.consent.serviceAccountConfigured());
		model.addAttribute("connection", this.consent.connection().orElse(null));
		model.addAttribute("redirectUri", redirectUri());
		return "settings-google";
	}

	@PostMapping(PAGE + "/connect")
	String connect(HttpSession session, RedirectAttributes redirect) {
		if (!this.consent.configured()) {
			redirect.addFlashAttribute("notice", "Set BELLA_GOOGLE_CLIENT_ID first (see docs/calendars.md).");
			return "redirect:" + PAGE;
		}
		String state = this.consent.newState();
		session.setAttribute(STATE, state);
		return "redirect:" + this.consent.consentUrl(state, redirectUri());
	}

	@GetMapping(CALLBACK)
	String callback(@RequestParam(required = false) String code, @RequestParam(required = false) String state,
			@RequestParam(required = false) String error, HttpServletRequest request, RedirectAttributes redirect) {
		HttpSession session = request.getSession();
		String expected = (String) session.getAttribute(STATE);
		// one use: a state replayed, or the answer to another browser's request, is
		// refused
		session.removeAttribute(STATE);
		if (!GoogleConsent.sameState(expected, state)) {
			redirect.addFlashAttribute("notice",
					"The answer from Google did not match the request made here; nothing was connected. "
							+ "Press \"Connect a Google account\" again.");
			return "redirect:" + PAGE;
		}
		if (error != null || code == null) {
			redirect.addFlashAttribute("notice", "Google did not give access; nothing was connected.");
			return "redirect:" + PAGE;
		}
		try {
			this.consent.connect(code, redirectUri(), request.getUserPrincipal().getName());
			this.audit.record(AuditAction.GOOGLE_ACCOUNT_CONNECTED, request, "Google Calendar by consent");
			redirect.addFlashAttribute("notice", "The Google account is connected.");
		}
		catch (GoogleConsentException ex) {
			redirect.addFlashAttribute("notice", ex.getMessage());
		}
		return "redirect:" + PAGE;
	}

	@PostMapping(PAGE + "/disconnect")
	String disconnect(HttpServletRequest request, RedirectAttributes redirect) {
		if (this.consent.disconnect()) {
			this.audit.record(AuditAction.GOOGLE_ACCOUNT_DISCONNECTED, request, "Google Calendar by consent");
			redirect.addFlashAttribute("notice", "The Google account is disconnected: Bella no longer uses it.");
		}
		else {
			redirect.addFlashAttribute("notice", "No Google account was connected.");
		}
		return "redirect:" + PAGE;
	}

	private String redirectUri() {
		return (this.publicUrl != null) ? this.publicUrl + CALLBACK
				: ServletUriComponentsBuilder.fromCurrentContextPath().path(CALLBACK).toUriString();
	}

}
