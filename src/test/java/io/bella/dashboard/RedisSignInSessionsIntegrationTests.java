package io.bella.dashboard;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.bella.dashboard.accounts.Role;
import io.bella.dashboard.accounts.StaffAccount;
import io.bella.dashboard.accounts.StaffAccounts;
import io.bella.voice.RedisIntegrationTest;
import io.lettuce.core.RedisURI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.serializer.JdkSerializationRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.data.redis.RedisSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code REDIS_URL} set, a dashboard sign-in lives in Redis: another instance (here
 * a session repository of its own on the same Redis, as a second instance would build it)
 * finds the browser signed in, signing in replaces the session it started with, and
 * signing out removes it from Redis.
 */
@RedisIntegrationTest
class RedisSignInSessionsIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private LettuceConnectionFactory connections;

	private RedisSessionRepository otherInstance;

	@BeforeEach
	void otherInstance() {
		this.connections = new LettuceConnectionFactory(
				LettuceConnectionFactory.createRedisConfiguration(RedisURI.create(System.getenv("REDIS_URL"))));
		this.connections.afterPropertiesSet();
		this.connections.start();
		RedisTemplate<String, Object> redis = new RedisTemplate<>();
		redis.setConnectionFactory(this.connections);
		redis.setKeySerializer(RedisSerializer.string());
		redis.setHashKeySerializer(RedisSerializer.string());
		redis.setDefaultSerializer(new JdkSerializationRedisSerializer(getClass().getClassLoader()));
		redis.afterPropertiesSet();
		this.otherInstance = new RedisSessionRepository(redis);
		this.otherInstance.setRedisKeyNamespace("bella:dashboard");
	}

	@AfterEach
	void close() {
		this.connections.destroy();
	}

	@Test
	void aSignInIsInRedisForEveryInstanceUntilSignedOut() throws Exception {
		StaffAccount account = new StaffAccountFixtures(this.accounts, this.passwordEncoder).create("Redd", Role.STAFF);
		HttpResponse<String> form = get("/login");
		String before = sessionId();
		assertThat(before).isNotNull();

		HttpResponse<String> signedIn = post("/login", "email=" + encode(account.email()) + "&password="
				+ encode(StaffAccountFixtures.PASSWORD) + "&_csrf=" + encode(csrf(form.body())));

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/"));
		assertThat(signedIn.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				(cookie) -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax"));
		String session = sessionId();
		assertThat(session).isNotEqualTo(before);
		assertThat(this.otherInstance.findById(before)).as("the session before sign-in").isNull();
		Session stored = this.otherInstance.findById(session);
		assertThat(stored).isNotNull();
		SecurityContext context = stored.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		assertThat(context.getAuthentication().isAuthenticated()).isTrue();
		assertThat(context.getAuthentication().getName()).isEqualTo(account.email());
		assertThat(stored.getMaxInactiveInterval()).isEqualTo(java.time.Duration.ofHours(8));

		HttpResponse<String> home = get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Redd");

		HttpResponse<String> signedOut = post("/logout", "_csrf=" + encode(csrf(home.body())));
		assertThat(signedOut.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?signed-out"));
		assertThat(this.otherInstance.findById(session)).isNull();
		assertThat(get("/").statusCode()).isEqualTo(302);
	}

	private String sessionId() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
