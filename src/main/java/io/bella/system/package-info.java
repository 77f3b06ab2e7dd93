/**
 * Shared infrastructure every module relies on: API-key security, problem details, JSON
 * settings, the clock and the start-up report.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.bella.system;
