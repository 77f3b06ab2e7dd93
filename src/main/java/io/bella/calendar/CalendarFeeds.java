package io.bella.calendar;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.bella.booking.NotFoundException;
import io.bella.booking.Providers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Each provider's subscribable ICS feed: issuing its link (which revokes the link before
 * it), revoking it, and finding whose feed a link opens. A link's token is long and
 * random; the database keeps only its lookup id and its secret's hash, so that nobody
 * reading the database can open a feed.
 */
@Service
public class CalendarFeeds {

	/** The path of the feeds, before the token. */
	static final String PATH = "/calendar/";

	/** What every feed's path ends in. */
	static final String SUFFIX = ".ics";

	/**
	 * Compared with when no feed has the lookup id, so that both answers take as long.
	 */
	private static final String NO_HASH = "0".repeat(64);

	private final CalendarFeedStore store;

	private final Providers providers;

	private final String publicUrl;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	CalendarFeeds(CalendarFeedStore store, Providers providers, @Value("${bella.public-url:}") String publicUrl,
			Clock clock) {
		this.store = store;
		this.providers = providers;
		this.publicUrl = StringUtils.hasText(publicUrl) ? publicUrl.trim().replaceAll("/+$", "") : "";
		this.clock = clock;
	}

	/**
	 * A new link to the provider's feed; the provider's previous link stops working.
	 * @return the link: absolute under {@code bella.public-url}, or a path from Bella's
	 * root when that is not set
	 * @throws NotFoundException when there is no such provider
	 */
	public IssuedFeed issue(long providerId) {
		requireProvider(providerId);
		FeedToken token = FeedToken.generate(this.random);
		Instant now = this.clock.instant();
		this.store.replace(providerId, token, now);
		return new IssuedFeed(this.publicUrl + PATH + token.text() + SUFFIX, now);
	}

	/**
	 * Revokes the provider's link, if they have one.
	 * @return whether there was one
	 * @throws NotFoundException when there is no such provider
	 */
	public boolean revoke(long providerId) {
		requireProvider(providerId);
		return this.store.delete(providerId);
	}

	/**
	 * When the provider's current link was issued, if they have one.
	 */
	public Optional<Instant> issuedAt(long providerId) {
		return this.store.createdAt(providerId);
	}

	/**
	 * Whose feed the token opens: nobody's when it is malformed, unknown or revoked, with
	 * nothing to tell these apart.
	 */
	Optional<Long> providerFor(String tokenText) {
		Optional<FeedToken> token = FeedToken.parse(tokenText);
		if (token.isEmpty()) {
			return Optional.empty();
		}
		Optional<CalendarFeedStore.Kept> kept = this.store.findByLookupId(token.get().lookupId());
		boolean matches = token.get().matches(kept.map(CalendarFeedStore.Kept::secretHash).orElse(NO_HASH));
		return (matches && kept.isPresent()) ? Optional.of(kept.get().providerId()) : Optional.empty();
	}

	private void requireProvider(long providerId) {
		if (this.providers.findById(providerId).isEmpty()) {
			throw new NotFoundException("provider", providerId);
		}
	}

	/**
	 * A feed's new link, which is shown once: Bella cannot show it again.
	 *
	 * @param url the link calendars subscribe to
	 * @param issuedAt when it was issued
	 */
	public record IssuedFeed(String url, Instant issuedAt) {
	}

}
