package io.bella;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.bella.KubernetesManifests.Container;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.boot.convert.DurationStyle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Holds the Kubernetes manifests under {@code deploy/kubernetes} to what Bella needs of
 * its platform (docs/deployment.md): as written, and as {@code kubectl kustomize} renders
 * the base and the example overlay.
 */
class DeploymentManifestsTests {

	private static final Path BASE = Path.of("deploy/kubernetes/base");

	private static final Path OVERLAY = Path.of("deploy/kubernetes/overlays/example");

	private static final List<String> RECOMMENDED_LABELS = List.of("app.kubernetes.io/name",
			"app.kubernetes.io/instance", "app.kubernetes.io/version", "app.kubernetes.io/component",
			"app.kubernetes.io/part-of", "app.kubernetes.io/managed-by");

	private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|TOKEN|SECRET|API_KEY|_KEY|CREDENTIALS).*");

	private static final Pattern SECRET_VALUE = Pattern.compile(".*://[^/@\\s]*:[^/@\\s]*@.*|.*password=.*");

	@Test
	void baseManifestsHoldTheContract() throws IOException {
		assertContract(baseManifests());
	}

	@Test
	@SuppressWarnings("unchecked")
	void secretExampleHoldsPlaceholdersForEveryKeyTheConfigMapMustNotHold() throws IOException {
		Map<String, Object> secret = load(Files.readString(BASE.resolve("secret.example.yaml"))).get(0);
		KubernetesManifests manifests = new KubernetesManifests(baseManifests());
		Map<String, Object> data = KubernetesManifests.map(secret, "stringData");

		assertThat(KubernetesManifests.string(secret, "metadata", "name"))
			.isEqualTo(manifests.envFromName("secretRef"));
		assertThat(data).containsKeys("SPRING_DATASOURCE_PASSWORD", "REDIS_URL", "BELLA_API_KEY", "TWILIO_AUTH_TOKEN");
		assertThat(data.values()).allSatisfy((value) -> assertThat(value.toString()).contains("REPLACE_ME"));
		assertThat(KubernetesManifests.map(manifests.one("ConfigMap"), "data"))
			.doesNotContainKeys(data.keySet().toArray(String[]::new));
		assertThat((List<Object>) load(Files.readString(BASE.resolve("kustomization.yaml"))).get(0).get("resources"))
			.doesNotContain("secret.example.yaml");
	}

	@Test
	void everySettingTheManifestsNameIsDocumented() throws IOException {
		String documented = Files.readString(Path.of("docs/configuration.md"))
				+ Files.readString(Path.of("src/main/resources/application.yml"));
		Set<String> names = new LinkedHashSet<>();
		KubernetesManifests base = new KubernetesManifests(baseManifests());
		names.addAll(KubernetesManifests.map(base.one("ConfigMap"), "data").keySet());
		names.addAll(KubernetesManifests
			.map(load(Files.readString(BASE.resolve("secret.example.yaml"))).get(0), "stringData")
			.keySet());
		base.container().env().forEach((env) -> names.add(KubernetesManifests.string(env, "name")));

		assertThat(names).hasSizeGreaterThan(10)
			.allSatisfy((name) -> assertThat(documented).as(name + " is documented")
				.containsAnyOf("`" + name + "`", "${" + name + ":"));
	}

	@Test
	void kustomizeRendersTheBaseAndTheOverlayWithTheSameContract() throws Exception {
		String kubectl = onPath("kubectl");
		assumeTrue(kubectl != null, "kubectl is not on the PATH, so the rendered manifests are not checked");

		assertContract(load(kustomize(kubectl, BASE)));
		KubernetesManifests overlay = new KubernetesManifests(load(kustomize(kubectl, OVERLAY)));
		assertContract(overlay.all());
		assertThat(overlay.all())
			.allSatisfy((manifest) -> assertThat(KubernetesManifests.string(manifest, "metadata", "namespace"))
				.isEqualTo("bella"));
		assertThat(overlay.container().image()).isEqualTo("registry.example.com/bella:0.1.0");
		assertThat(KubernetesManifests.map(overlay.one("ConfigMap"), "data")).containsEntry("BELLA_PUBLIC_URL",
				"https://bella.maple-dental.example");
	}

	private static void assertContract(List<Map<String, Object>> all) throws IOException {
		KubernetesManifests manifests = new KubernetesManifests(all);
		Map<String, Object> deployment = manifests.one("Deployment");
		assertThat((Integer) KubernetesManifests.at(deployment, "spec", "replicas")).isGreaterThanOrEqualTo(2);
		assertThat(all).allSatisfy((manifest) -> assertThat(KubernetesManifests.map(manifest, "metadata", "labels"))
			.containsKeys(RECOMMENDED_LABELS.toArray(String[]::new)));
		Map<String, Object> podLabels = KubernetesManifests.map(deployment, "spec", "template", "metadata", "labels");
		assertThat(podLabels).containsKeys(RECOMMENDED_LABELS.toArray(String[]::new));
		Map<String, Object> selector = KubernetesManifests.map(deployment, "spec", "selector", "matchLabels");
		assertThat(podLabels).containsAllEntriesOf(selector);
		assertThat(selector).doesNotContainKey("app.kubernetes.io/version");
		assertThat(KubernetesManifests.map(manifests.one("Service"), "spec", "selector")).isEqualTo(selector);
		assertThat(KubernetesManifests.map(manifests.one("PodDisruptionBudget"), "spec", "selector", "matchLabels"))
			.isEqualTo(selector);
		assertProbesAndShutdown(manifests);
		assertSecurity(manifests);
		assertScaling(manifests, deployment);
		assertSettings(manifests);
	}

	private static void assertProbesAndShutdown(KubernetesManifests manifests) throws IOException {
		Container container = manifests.container();
		assertThat(container.probePath("livenessProbe")).isEqualTo("/livez");
		assertThat(container.probePath("readinessProbe")).isEqualTo("/readyz");
		assertThat(container.probePath("startupProbe")).isEqualTo("/livez");
		long grace = ((Number) KubernetesManifests.at(manifests.one("Deployment"), "spec", "template", "spec",
				"terminationGracePeriodSeconds"))
			.longValue();
		assertThat(Duration.ofSeconds(grace)).isGreaterThan(container.preStopSleep().plus(shutdownPhaseTimeout()));
	}

	private static void assertSecurity(KubernetesManifests manifests) {
		Map<String, Object> pod = KubernetesManifests.map(manifests.one("Deployment"), "spec", "template", "spec");
		assertThat(KubernetesManifests.at(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
		assertThat((Integer) KubernetesManifests.at(pod, "securityContext", "runAsUser")).isPositive();
		Container container = manifests.container();
		assertThat(KubernetesManifests.at(container.spec(), "securityContext", "allowPrivilegeEscalation"))
			.isEqualTo(false);
		assertThat(KubernetesManifests.at(container.spec(), "securityContext", "readOnlyRootFilesystem"))
			.isEqualTo(true);
		String tmpVolume = container.volumeMountedAt("/tmp");
		assertThat(KubernetesManifests.list(pod, "volumes")).anySatisfy((volume) -> {
			assertThat(KubernetesManifests.string(volume, "name")).isEqualTo(tmpVolume);
			assertThat(KubernetesManifests.map(volume, "emptyDir")).isNotNull();
		});
	}

	private static void assertScaling(KubernetesManifests manifests, Map<String, Object> deployment) {
		String name = KubernetesManifests.string(deployment, "metadata", "name");
		Map<String, Object> hpa = manifests.one("HorizontalPodAutoscaler");
		assertThat(KubernetesManifests.map(hpa, "spec", "scaleTargetRef")).containsEntry("kind", "Deployment")
			.containsEntry("name", name);
		assertThat((Integer) KubernetesManifests.at(hpa, "spec", "minReplicas")).isGreaterThanOrEqualTo(2);
		assertThat((Integer) KubernetesManifests.at(hpa, "spec", "maxReplicas"))
			.isGreaterThan((Integer) KubernetesManifests.at(hpa, "spec", "minReplicas"));
		assertThat(KubernetesManifests.list(hpa, "spec", "metrics")).anySatisfy(
				(metric) -> assertThat(KubernetesManifests.string(metric, "resource", "name")).isEqualTo("cpu"));
		assertThat((Integer) KubernetesManifests.at(manifests.one("PodDisruptionBudget"), "spec", "minAvailable"))
			.isGreaterThanOrEqualTo(1);
		Map<String, Object> service = manifests.one("Service");
		Map<String, Object> backend = KubernetesManifests.map(manifests.one("Ingress"), "spec", "rules", "0", "http",
				"paths", "0", "backend", "service");
		assertThat(backend).containsEntry("name", KubernetesManifests.string(service, "metadata", "name"));
		assertThat(KubernetesManifests.list(manifests.one("Ingress"), "spec", "tls")).isNotEmpty();
	}

	private static void assertSettings(KubernetesManifests manifests) {
		Map<String, Object> configMap = manifests.one("ConfigMap");
		assertThat(manifests.envFromName("configMapRef"))
			.isEqualTo(KubernetesManifests.string(configMap, "metadata", "name"));
		assertThat(manifests.envFromName("secretRef")).isNotBlank();
		Map<String, Object> data = KubernetesManifests.map(configMap, "data");
		assertThat(data).containsKeys("BELLA_PUBLIC_URL", "BELLA_TRUSTED_PROXIES", "DATABASE_URL");
		assertThat(data).allSatisfy((key, value) -> {
			assertThat(key).doesNotMatch(SECRET_NAME);
			assertThat(value.toString()).doesNotMatch(SECRET_VALUE);
		});
		assertThat(manifests.container().env()).anySatisfy((env) -> {
			assertThat(KubernetesManifests.string(env, "name")).isEqualTo("BELLA_INSTANCE_ID");
			assertThat(KubernetesManifests.string(env, "valueFrom", "fieldRef", "fieldPath"))
				.isEqualTo("metadata.name");
		});
	}

	// the drain Bella itself allows; another setting may have set it, else Spring's
	// default
	private static Duration shutdownPhaseTimeout() throws IOException {
		Map<String, Object> yaml = load(Files.readString(Path.of("src/main/resources/application.yml"))).get(0);
		Object timeout = KubernetesManifests.at(yaml, "spring", "lifecycle", "timeout-per-shutdown-phase");
		return (timeout != null) ? DurationStyle.detectAndParse(timeout.toString()) : Duration.ofSeconds(30);
	}

	private static List<Map<String, Object>> baseManifests() throws IOException {
		Map<String, Object> kustomization = load(Files.readString(BASE.resolve("kustomization.yaml"))).get(0);
		List<Map<String, Object>> all = new ArrayList<>();
		for (Object resource : (List<?>) kustomization.get("resources")) {
			all.addAll(load(Files.readString(BASE.resolve(resource.toString()))));
		}
		return all;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> load(String yaml) {
		List<Map<String, Object>> documents = new ArrayList<>();
		new Yaml().loadAll(yaml).forEach((document) -> {
			if (document != null) {
				documents.add((Map<String, Object>) document);
			}
		});
		return documents;
	}

	private static String kustomize(String kubectl, Path directory) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(kubectl, "kustomize", directory.toString())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		String rendered;
		try (InputStream out = process.getInputStream()) {
			rendered = new String(out.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as("kubectl kustomize " + directory).isZero();
		return rendered;
	}

	private static String onPath(String command) {
		String path = System.getenv("PATH");
		return (path != null) ? Stream.of(path.split(File.pathSeparator))
			.map((directory) -> Path.of(directory, command))
			.filter(Files::isExecutable)
			.map(Path::toString)
			.findFirst()
			.orElse(null) : null;
	}

}
