package io.bella.dashboard.accounts;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.bella.dashboard.accounts.StaffAdministration.Actor;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff accounts for administrators: the list, inviting a member of staff with a
 * temporary password shown once, changing a role, disabling and enabling, and resetting a
 * password.
 */
@Controller
class AccountsController {

	// one address, no spaces: the mail server is the real judge, this catches typing
	// slips
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

	private static final String REDIRECT = "redirect:/accounts";

	private final StaffAccounts accounts;

	private final StaffAdministration administration;

	AccountsController(StaffAccounts accounts, StaffAdministration administration) {
		this.accounts = accounts;
		this.administration = administration;
	}

	@GetMapping("/accounts")
	String list(Model model) {
		model.addAttribute("accounts", this.accounts.findAll());
		model.addAttribute("roles", Role.values());
		if (!model.containsAttribute("invite")) {
			model.addAttribute("invite", Map.of("email", "", "name", "", "role", Role.STAFF.name()));
		}
		return "accounts";
	}

	@PostMapping("/accounts")
	String invite(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String role, Principal principal, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		String address = StaffAccounts.normalise(email);
		if (!EMAIL.matcher(address).matches() || address.length() > 320) {
			errors.put("email", "Enter an email address, such as name@clinic.example.");
		}
		if (name.isBlank() || name.strip().length() > 200) {
			errors.put("name", "Enter a name of at most 200 characters.");
		}
		Role chosen = role(role);
		if (chosen == null) {
			errors.put("role", "Choose a role: ADMIN or STAFF.");
		}
		if (errors.isEmpty()) {
			try {
				String password = this.administration.invite(actor(principal, request), address, name, chosen);
				redirect.addFlashAttribute("notice", "Invited " + address + ".");
				redirect.addFlashAttribute("temporaryEmail", address);
				redirect.addFlashAttribute("temporaryPassword", password);
				return REDIRECT;
			}
			catch (AccountRefusedException ex) {
				errors.put("email", ex.getMessage());
			}
		}
		model.addAttribute("errors", errors);
		model.addAttribute("invite", Map.of("email", email, "name", name, "role", role));
		return list(model);
	}

	@PostMapping("/accounts/{id}/role")
	String changeRole(@PathVariable String id, @RequestParam(defaultValue = "") String role, Principal principal,
			HttpServletRequest request, RedirectAttributes redirect) {
		Role chosen = role(role);
		if (chosen == null) {
			redirect.addFlashAttribute("error", "Choose a role: ADMIN or STAFF.");
			return REDIRECT;
		}
		return act(redirect, "Role changed.",
				() -> this.administration.changeRole(actor(principal, request), id(id), chosen));
	}

	@PostMapping("/accounts/{id}/enabled")
	String changeEnabled(@PathVariable String id, @RequestParam(defaultValue = "") String enabled, Principal principal,
			HttpServletRequest request, RedirectAttributes redirect) {
		boolean enable = "true".equals(enabled);
		return act(redirect, enable ? "Account enabled." : "Account disabled.",
				() -> this.administration.changeEnabled(actor(principal, request), id(id), enable));
	}

	@PostMapping("/accounts/{id}/password-reset")
	String resetPassword(@PathVariable String id, Principal principal, HttpServletRequest request,
			RedirectAttributes redirect) {
		long account = id(id);
		String password = this.administration.resetPassword(actor(principal, request), account);
		String email = this.accounts.findById(account).map(StaffAccount::email).orElse("");
		redirect.addFlashAttribute("notice", "Password reset for " + email + ".");
		redirect.addFlashAttribute("temporaryEmail", email);
		redirect.addFlashAttribute("temporaryPassword", password);
		return REDIRECT;
	}

	private static String act(RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (AccountRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return REDIRECT;
	}

	private static Role role(String role) {
		try {
			return Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static long id(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new AccountNotFoundException();
		}
	}

	private static Actor actor(Principal principal, HttpServletRequest request) {
		return new Actor(principal.getName(), request.getRemoteAddr());
	}

}
