package io.bella.operations.cloudwatch;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * What of Bella's meters CloudWatch gets: the allow-listed meters only, without the
 * dropped tags, and without any tag whose value looks like an id (a SID, a number of six
 * digits or more), since CloudWatch bills every distinct set of tags as a metric of its
 * own.
 */
final class CloudWatchMeters {

	private static final Pattern ID_LIKE = Pattern.compile(".*[0-9]{6,}.*|[A-Z]{2}[0-9a-fA-F]{32}");

	private CloudWatchMeters() {
	}

	static List<MeterFilter> filters(CloudWatchProperties properties) {
		Set<String> meters = Set.copyOf(properties.meters());
		return List.of(MeterFilter.denyUnless((id) -> meters.contains(id.getName())),
				MeterFilter.ignoreTags(properties.droppedTags().toArray(String[]::new)), new IdLikeTagValues());
	}

	/** Drops a tag whose value names one call, text or record. */
	private static final class IdLikeTagValues implements MeterFilter {

		@Override
		public Meter.Id map(Meter.Id id) {
			List<Tag> tags = id.getTags().stream().filter((tag) -> !ID_LIKE.matcher(tag.getValue()).matches()).toList();
			return (tags.size() == id.getTags().size()) ? id : id.replaceTags(tags);
		}

	}

}
