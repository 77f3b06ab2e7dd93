package io.bella.system;

import org.springframework.data.redis.serializer.JdkSerializationRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.data.redis.serializer.SerializationException;

/**
 * The values of a sign-in session in Redis, in JDK serialization: Spring Security's
 * security context, authentication, user and CSRF token are {@link java.io.Serializable}
 * by design, as are the strings and numbers of flash messages, so nothing needs a JSON
 * mapping of its own. A value an instance cannot read (written by a release whose classes
 * changed, during a rolling upgrade) reads as absent: that browser signs in again rather
 * than meeting an error page.
 */
final class SessionAttributeSerializer implements RedisSerializer<Object> {

	private final JdkSerializationRedisSerializer jdk;

	SessionAttributeSerializer(ClassLoader classLoader) {
		this.jdk = new JdkSerializationRedisSerializer(classLoader);
	}

	@Override
	public byte[] serialize(Object value) {
		return this.jdk.serialize(value);
	}

	@Override
	public Object deserialize(byte[] bytes) {
		try {
			return this.jdk.deserialize(bytes);
		}
		catch (SerializationException ex) {
			return null;
		}
	}

}
