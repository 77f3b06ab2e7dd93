package io.bella.operations.rules;

import java.time.OffsetDateTime;

import io.bella.operations.EventBacklog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@link EventBacklog} from the registry's table, the one the
 * {@code event-publication-backlog} rule reads.
 */
@Service
class EventBacklogReader implements EventBacklog {

	private final JdbcClient jdbc;

	EventBacklogReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Backlog backlog() {
		return this.jdbc.sql("""
				SELECT COUNT(*) AS publications, MIN(publication_date) AS oldest
				FROM event_publication WHERE completion_date IS NULL""").query((rs, row) -> {
			OffsetDateTime oldest = rs.getObject("oldest", OffsetDateTime.class);
			return new Backlog(rs.getLong("publications"), (oldest != null) ? oldest.toInstant() : null);
		}).single();
	}

}
