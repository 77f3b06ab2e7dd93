package io.bella.operations.cloudwatch;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Metrics to CloudWatch, against a fake CloudWatch endpoint (WireMock) with the AWS SDK's
 * real client and fake static credentials: a PutMetricData request arrives in the
 * configured namespace with the allow-listed meters only, and without the tags that name
 * one call or request. Without a namespace or a region there is no client and no
 * registry.
 */
class CloudWatchExportTests {

	static final WireMockServer cloudWatch = new WireMockServer(options().dynamicPort());

	ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Properties.class, CloudWatchConfiguration.class)
		.withSystemProperties("aws.accessKeyId=AKIAFAKEFAKEFAKEFAKE", "aws.secretAccessKey=fake-secret-for-tests");

	@BeforeAll
	static void start() {
		cloudWatch.start();
	}

	@AfterAll
	static void stop() {
		cloudWatch.stop();
	}

	@BeforeEach
	void reset() {
		cloudWatch.resetAll();
		cloudWatch.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
	}

	@Test
	void allowListedMetersArriveInTheNamespaceWithoutPerCallTags() {
		this.runner
			.withPropertyValues("bella.operations.cloudwatch.namespace=Bella/Test",
					"bella.operations.cloudwatch.region=ca-central-1",
					"bella.operations.cloudwatch.endpoint=http://localhost:" + cloudWatch.port(),
					"bella.operations.cloudwatch.step=1h")
			.run((context) -> {
				CloudWatchMeterRegistry registry = context.getBean(CloudWatchMeterRegistry.class);
				registry.counter("bella.calls", "outcome", "booked", "call_sid", "CA" + "ab12".repeat(8)).increment(3);
				registry.counter("bella.bookings", "source", "voice", "appointment", "73456812").increment();
				registry.timer("http.server.requests", "uri", "/api/calls/{sid}", "status", "200")
					.record(Duration.ofMillis(120));
				registry.counter("jdbc.connections.leaked").increment();
				registry.close();
			});

		await().atMost(Duration.ofSeconds(10)).until(() -> !requests().isEmpty());
		String sent = String.join("\n", requests().stream().map(CloudWatchExportTests::text).toList());
		assertThat(requests())
			.allSatisfy((request) -> assertThat(request.getUrl() + text(request)).contains("PutMetricData"));
		assertThat(sent).contains("Bella/Test", "bella.calls", "bella.bookings", "http.server.requests", "booked",
				"voice", "200");
		assertThat(sent).doesNotContain("jdbc.connections.leaked", "call_sid", "ab12ab12", "uri", "/api/calls",
				"73456812");
	}

	@Test
	void withoutANamespaceOrARegionThereIsNoCloudWatch() {
		this.runner.withPropertyValues("bella.operations.cloudwatch.region=ca-central-1")
			.run((context) -> assertThat(context).doesNotHaveBean(CloudWatchAsyncClient.class)
				.doesNotHaveBean(CloudWatchMeterRegistry.class));
		this.runner.withPropertyValues("bella.operations.cloudwatch.namespace=Bella/Test")
			.run((context) -> assertThat(context).doesNotHaveBean(CloudWatchMeterRegistry.class));
		assertThat(cloudWatch.findAll(postRequestedFor(anyUrl()))).isEmpty();
	}

	@Test
	void moreThanThirtyMetersAreRefused() {
		this.runner
			.withPropertyValues("bella.operations.cloudwatch.namespace=Bella/Test",
					"bella.operations.cloudwatch.region=ca-central-1",
					"bella.operations.cloudwatch.meters="
							+ String.join(",", IntStream.rangeClosed(1, 31).mapToObj((i) -> "meter." + i).toList()))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage(
						"bella.operations.cloudwatch.meters lists 31 meters; CloudWatch takes at most 30 from Bella"));
	}

	private static List<LoggedRequest> requests() {
		return cloudWatch.findAll(postRequestedFor(anyUrl()));
	}

	// the SDK speaks CBOR or the query protocol to CloudWatch; either way names and
	// values are plain bytes in the body
	private static String text(LoggedRequest request) {
		return new String(request.getBody(), StandardCharsets.ISO_8859_1);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(CloudWatchProperties.class)
	static class Properties {

	}

}
