package io.restsocial.boot.jwt;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The payload of a token this codec wrote is read straight into the token's claims, without
 * nimbus's claims set: for each payload, the claims (and their order) are those that
 * {@link JWTClaimsSet#parse(Map)} and then the claims set's mapping give, and a payload nimbus
 * refuses is refused too. A token's payload is written byte for byte as the mapper writes the
 * claims' map, and read into the same values, of the same types, as the mapper reads a map.
 */
class JwtCodecClaimsTests {

	private static final Map<String, Object> HEADERS = Map.of("alg", "HS256", "typ", "JWT");

	static Stream<Arguments> payloads() {
		return Stream.of(Arguments.of("issued", payload("token_type", "access", "exp", 1_800_000_300L, "iat",
				1_800_000_000L, "jti", "a1b2", "sub", "42", "user_id", 42L, "username", "jdoe", "email", null)),
				Arguments.of("all registered", payload("iss", "https://api.example.com", "sub", "42", "aud",
						List.of("a", "b"), "exp", 1_800_000_300L, "nbf", 1_800_000_000L, "iat", 1_800_000_000L,
						"jti", "j")),
				Arguments.of("one audience", payload("aud", "only", "exp", 1_800_000_300L, "iat", 1_800_000_000L)),
				Arguments.of("audience with a null", payload("aud", Arrays.asList("a", null), "exp", 1_800_000_300L)),
				Arguments.of("numeric subject", payload("sub", 42L, "exp", 1_800_000_300L)),
				Arguments.of("registered nulls", payload("iss", null, "sub", null, "aud", null, "exp", 1_800_000_300L,
						"nbf", null, "iat", null, "jti", null, "custom", null)),
				Arguments.of("fractional and huge timestamps", payload("exp", 1.8e9, "iat", 1_799_999_999.5, "nbf",
						new BigInteger("123456789012345678901234567890"))),
				Arguments.of("nested claims", payload("exp", 1_800_000_300L, "roles", List.of("ROLE_USER"), "address",
						Map.of("country", "FR"))),
				Arguments.of("string timestamp", payload("exp", "1800000300")),
				Arguments.of("numeric issuer", payload("iss", 7L, "exp", 1_800_000_300L)),
				Arguments.of("numeric id", payload("jti", 7L, "exp", 1_800_000_300L)),
				Arguments.of("object subject", payload("sub", Map.of("id", 1), "exp", 1_800_000_300L)),
				Arguments.of("numeric audience", payload("aud", 3L, "exp", 1_800_000_300L)),
				Arguments.of("audience of numbers", payload("aud", List.of("a", 3L), "exp", 1_800_000_300L)),
				Arguments.of("boolean expiry", payload("exp", true)),
				Arguments.of("expiry before issue", payload("exp", 1_800_000_000L, "iat", 1_800_000_300L)),
				Arguments.of("no claims", payload()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("payloads")
	void jwtWhenPayloadThenSameAsNimbusClaimsSetMapping(String name, Map<String, Object> payload) {
		Jwt expected;
		try {
			expected = JwtCodec.jwt("token", HEADERS, JWTClaimsSet.parse(copy(payload)));
		}
		catch (ParseException | RuntimeException ex) {
			assertThatExceptionOfType(ex.getClass()).isThrownBy(() -> JwtCodec.jwt("token", HEADERS, copy(payload)));
			return;
		}
		Jwt actual = assertReads(payload);
		assertThat(actual.getClaims()).containsExactlyEntriesOf(expected.getClaims());
		assertThat(actual.getClaims().keySet()).containsExactlyElementsOf(expected.getClaims().keySet());
		assertThat(actual.getIssuedAt()).isEqualTo(expected.getIssuedAt());
		assertThat(actual.getExpiresAt()).isEqualTo(expected.getExpiresAt());
		assertThat(actual.getHeaders()).isEqualTo(expected.getHeaders());
	}

	static Stream<Arguments> claims() {
		return Stream.of(Arguments.of("issued", payload("token_type", "access", "exp", 1_800_000_300L, "iat",
				1_800_000_000L, "jti", "a1b2", "sub", "42", "user_id", 42L, "username", "jdoe")),
				Arguments.of("escapes and other scripts", payload("first_name", "Zoë \"Jo\" \\ </script>\n\u0001",
						"last_name", "日本語 😀")),
				Arguments.of("other values", payload("user_id", 7, "active", true, "score", 1.5, "big",
						new BigInteger("123456789012345678901234567890"), "none", null)),
				Arguments.of("nested values", payload("roles", List.of("ROLE_USER", "ROLE_ADMIN"), "address",
						payload("country", "FR", "zip", 75001), "when",
						java.time.Instant.parse("2026-12-01T12:00:00Z"))),
				Arguments.of("no claims", payload()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("claims")
	void payloadWhenClaimsThenTheBytesTheMapperWritesForTheMap(String name, Map<String, Object> claims) {
		byte[] payload = JwtCodec
			.payload((json) -> claims.forEach((claim, value) -> JwtCodec.writeClaim(json, claim, value)));
		assertThat(new String(payload, StandardCharsets.UTF_8))
			.isEqualTo(JsonMapper.builder().build().writeValueAsString(claims));
	}

	static Stream<Arguments> texts() {
		return Stream.of(Arguments.of("{\"token_type\":\"access\",\"exp\":1800000300,\"user_id\":42,\"sub\":\"42\"}"),
				Arguments.of("{\"small\":7,\"negative\":-9223372036854775808,\"max\":9223372036854775807}"),
				Arguments.of("{\"huge\":123456789012345678901234567890}"),
				Arguments.of("{\"fraction\":1.5,\"exponent\":1.8e9,\"negative\":-0.0}"),
				Arguments.of("{\"yes\":true,\"no\":false,\"none\":null}"),
				Arguments.of("{\"aud\":[\"a\",null,3],\"address\":{\"zip\":75001,\"tags\":[{}]},\"e\":[]}"),
				Arguments.of("{\"first_name\":\"Zo\\u00eb \\\"Jo\\\" \u65e5\u672c \\ud83d\\ude00\","
						+ "\"na\\u006de\":\"\"}"),
				Arguments.of(" {} "), Arguments.of("{\"a\":1,\"a\":2}"), Arguments.of("{\"a\":1}{}"),
				Arguments.of("{\"a\":1} x"), Arguments.of("{\"a\":1,}"), Arguments.of("{\"a\":01}"),
				Arguments.of("{\"a\":NaN}"), Arguments.of("{\"a\":\"1}"), Arguments.of("{\"a\":1"),
				Arguments.of("{'a':1}"), Arguments.of("{\"address\":{\"zip\":1,\"zip\":2}}"),
				Arguments.of("{\"aud\":[\"a\",{\"b\":1,\"b\":2}]}"), Arguments.of("{\"a\":[[1,[2.5,null]],[],\"x\"]}"),
				Arguments.of("{\"a\":[1,{\"b\":[true]}],\"c\":3}"), Arguments.of("{\"a\":1,\"b\":{},\"a\":2}"),
				Arguments.of("{\"a\":[1,2}"), Arguments.of("{\"a\":[1,2"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("texts")
	void claimsWhenPayloadThenWhatTheMapperReadsIntoAMap(String text) {
		JsonMapper mapper = JsonMapper.builder()
			.enable(DeserializationFeature.USE_LONG_FOR_INTS)
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.build();
		byte[] payload = text.getBytes(StandardCharsets.UTF_8);
		Map<String, Object> expected;
		try {
			expected = mapper.readValue(payload, new TypeReference<Map<String, Object>>() {
			});
		}
		catch (JacksonException ex) {
			assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> JwtCodec.claims(payload));
			return;
		}
		Map<String, Object> actual = JwtCodec.claims(payload);
		assertThat(actual).isEqualTo(expected);
		assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
		assertThat(types(actual)).isEqualTo(types(expected));
	}

	// The classes of every value, nested ones too, in order.
	private static List<Object> types(Object value) {
		List<Object> types = new ArrayList<>();
		types.add((value != null) ? value.getClass() : null);
		if (value instanceof Map<?, ?> map) {
			map.values().forEach((each) -> types.addAll(types(each)));
		}
		else if (value instanceof List<?> list) {
			list.forEach((each) -> types.addAll(types(each)));
		}
		return types;
	}

	private static Jwt assertReads(Map<String, Object> payload) {
		try {
			return JwtCodec.jwt("token", HEADERS, copy(payload));
		}
		catch (ParseException ex) {
			throw new AssertionError("Refused what nimbus reads: " + payload, ex);
		}
	}

	// What Jackson reads: a mutable map, with mutable lists.
	private static Map<String, Object> copy(Map<String, Object> payload) {
		Map<String, Object> copy = new LinkedHashMap<>();
		payload.forEach(
				(name, value) -> copy.put(name, (value instanceof List<?> list) ? new ArrayList<>(list) : value));
		return copy;
	}

	private static Map<String, Object> payload(Object... namesAndValues) {
		Map<String, Object> payload = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			payload.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return payload;
	}

}
