package io.bella.dashboard.settings;

import io.bella.dashboard.audit.AuditAction;
import io.bella.dashboard.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * Records each change made in the settings in the audit log, with the administrator who
 * made it and their address.
 */
@Component
class SettingsAudit {

	private final AuditLog log;

	SettingsAudit(AuditLog log) {
		this.log = log;
	}

	void record(AuditAction action, HttpServletRequest request, String details) {
		this.log.record(action, request.getUserPrincipal().getName(), request.getRemoteAddr(), details);
	}

}
