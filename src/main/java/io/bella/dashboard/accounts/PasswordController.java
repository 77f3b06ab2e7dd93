package io.bella.dashboard.accounts;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import io.bella.dashboard.audit.AuditAction;
import io.bella.dashboard.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member of staff changes their own password, with the current one. Until an account's
 * temporary password is replaced here, every other page sends its owner here.
 */
@Controller
class PasswordController {

	private final StaffAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	PasswordController(StaffAccounts accounts, PasswordEncoder passwordEncoder, AuditLog audit) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
	}

	@GetMapping("/account/password")
	String form() {
		return "password";
	}

	@PostMapping("/account/password")
	String change(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword,
			@RequestParam(defaultValue = "") String repeatedPassword, Principal principal, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		StaffAccount account = this.accounts.findByEmail(principal.getName()).orElseThrow();
		Map<String, String> errors = new LinkedHashMap<>();
		if (!this.passwordEncoder.matches(currentPassword, account.passwordHash())) {
			errors.put("currentPassword", "The current password is not right.");
		}
		Passwords.problem(newPassword, account.email()).ifPresent((problem) -> errors.put("newPassword", problem));
		if (!errors.containsKey("newPassword") && newPassword.equals(currentPassword)) {
			errors.put("newPassword", "The new password must differ from the current one.");
		}
		if (!newPassword.equals(repeatedPassword)) {
			errors.put("repeatedPassword", "The two new passwords differ.");
		}
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors);
			return "password";
		}
		this.accounts.changePassword(account.id(), this.passwordEncoder.encode(newPassword), false);
		this.audit.record(AuditAction.PASSWORD_CHANGED, account.email(), request.getRemoteAddr(), null);
		redirect.addFlashAttribute("notice", "Your password is changed.");
		return "redirect:/";
	}

}
