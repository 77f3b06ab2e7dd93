package io.bella;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kubernetes manifests read as YAML documents, with the paths into them that
 * {@link DeploymentManifestsTests} follows.
 *
 * @param all every manifest, one map each
 */
record KubernetesManifests(List<Map<String, Object>> all) {

	Map<String, Object> one(String kind) {
		List<Map<String, Object>> found = this.all.stream()
			.filter((manifest) -> kind.equals(manifest.get("kind")))
			.toList();
		assertThat(found).as("manifests of kind " + kind).hasSize(1);
		return found.get(0);
	}

	Container container() {
		List<Map<String, Object>> containers = list(one("Deployment"), "spec", "template", "spec", "containers");
		assertThat(containers).hasSize(1);
		return new Container(containers.get(0));
	}

	/**
	 * The name of the ConfigMap or Secret ({@code configMapRef}, {@code secretRef}) the
	 * container reads.
	 */
	String envFromName(String reference) {
		return list(container().spec(), "envFrom").stream()
			.filter((source) -> source.containsKey(reference))
			.map((source) -> string(source, reference, "name"))
			.findFirst()
			.orElse(null);
	}

	static Object at(Object node, String... path) {
		Object current = node;
		for (String step : path) {
			if (current instanceof Map<?, ?> map) {
				current = map.get(step);
			}
			else if (current instanceof List<?> list) {
				current = list.get(Integer.parseInt(step));
			}
			else {
				return null;
			}
		}
		return current;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object node, String... path) {
		return (Map<String, Object>) at(node, path);
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Object node, String... path) {
		Object list = at(node, path);
		return (list != null) ? (List<Map<String, Object>>) list : List.of();
	}

	static String string(Object node, String... path) {
		Object value = at(node, path);
		return (value != null) ? value.toString() : null;
	}

	/**
	 * Bella's container in the Deployment.
	 *
	 * @param spec its part of the pod spec
	 */
	record Container(Map<String, Object> spec) {

		String image() {
			return string(this.spec, "image");
		}

		List<Map<String, Object>> env() {
			return list(this.spec, "env");
		}

		String probePath(String probe) {
			return string(this.spec, probe, "httpGet", "path");
		}

		/**
		 * How long the preStop hook holds the shutdown back: {@code sleep N} or
		 * Kubernetes' sleep action.
		 */
		Duration preStopSleep() {
			Object seconds = at(this.spec, "lifecycle", "preStop", "sleep", "seconds");
			if (seconds != null) {
				return Duration.ofSeconds(((Number) seconds).longValue());
			}
			List<?> command = (List<?>) at(this.spec, "lifecycle", "preStop", "exec", "command");
			assertThat(command).as("preStop").hasSize(2).first().hasToString("sleep");
			return Duration.ofSeconds(Long.parseLong(command.get(1).toString()));
		}

		String volumeMountedAt(String path) {
			return list(this.spec, "volumeMounts").stream()
				.filter((mount) -> path.equals(mount.get("mountPath")))
				.map((mount) -> string(mount, "name"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("nothing is mounted at " + path));
		}

	}

}
