package io.bella.bench;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What a load balancer without sticky sessions does for the benchmarks: the webhooks of a
 * call go to the live instances in turn (round robin per call, each call starting at
 * another instance), so consecutive turns of one call are served by different instances;
 * an instance taken out (its health check failed) gets nothing more.
 */
final class LoadBalancer {

	private final List<URI> live;

	LoadBalancer(List<String> instances) {
		this.live = new CopyOnWriteArrayList<>(instances.stream().map(URI::create).toList());
	}

	/**
	 * Where the webhooks of the call number {@code call} go, one after the other.
	 */
	Supplier<URI> route(int call) {
		AtomicInteger next = new AtomicInteger(call);
		return () -> {
			List<URI> instances = List.copyOf(this.live);
			if (instances.isEmpty()) {
				throw new IllegalStateException("No instance left behind the load balancer");
			}
			return instances.get(Math.floorMod(next.getAndIncrement(), instances.size()));
		};
	}

	/**
	 * Sends nothing more to the instance.
	 */
	void takeOut(String instance) {
		this.live.remove(URI.create(instance));
	}

}
