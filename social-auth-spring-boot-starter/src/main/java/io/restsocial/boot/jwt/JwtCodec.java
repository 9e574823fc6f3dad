package io.restsocial.boot.jwt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.SecretKey;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSSignerFactory;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonParser.NumberType;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtEncodingException;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Signs claims into compact JWS tokens and verifies such tokens back into a {@link Jwt}, for
 * {@link JwtTokenService}; the claims themselves are judged there.
 * <p>
 * What does not depend on the token is made once: the signer, the verifiers (for a secret, an
 * {@link HmacJws}), and the encoded header of each key. A token whose header is, byte for byte,
 * one this codec writes goes to the verifiers that nimbus's key selector picked for that header
 * when the codec was made; any other token (another library's header, no {@code kid}, a foreign
 * {@code typ}, another algorithm) is judged by nimbus's {@link DefaultJWTProcessor} with that same
 * key selector, so both ways accept the same tokens (save that the first reads base64url
 * strictly, where nimbus skips stray characters). The claims are read by nimbus's rules
 * ({@link JWTClaimsSet#parse}; on the first way without making its claims set, see
 * {@code JwtCodecClaimsTests}), and mapped as Spring Security's {@code NimbusJwtDecoder} maps them
 * (timestamps as {@link Instant}s).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7515#section-7.1">RFC 7515, section 7.1</a>
 */
final class JwtCodec {

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

	private static final List<String> TIMESTAMPS = List.of(JwtClaimNames.EXP, JwtClaimNames.IAT, JwtClaimNames.NBF);

	private static final List<String> REGISTERED = List.of(JwtClaimNames.AUD, JwtClaimNames.EXP, JwtClaimNames.IAT,
			JwtClaimNames.ISS, JwtClaimNames.JTI, JwtClaimNames.NBF, JwtClaimNames.SUB);

	// Our own mapper: an application's customised one must not change the tokens. Integers read
	// as Longs and duplicate names refused, as nimbus's parser does.
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_LONG_FOR_INTS)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	// One value inside the payload: what follows it is the payload's.
	private static final ObjectReader VALUE_READER = JSON.readerFor(Object.class)
		.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

	// For a payload without nested objects, whose claims map itself refuses a name given twice.
	private static final JsonMapper FLAT_JSON = JSON.rebuild()
		.disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	// What a flat read answers when it meets a nested object: the payload is read again, strictly.
	private static final Object NESTED_OBJECT = new Object();

	private final KnownHeader signing;

	private final byte[] signingSegment;

	private final JWSSigner signer;

	private final List<KnownHeader> known;

	private final DefaultJWTProcessor<SecurityContext> processor;

	/**
	 * Create the codec.
	 * @param keys the signing and verification keys
	 */
	JwtCodec(JwtKeys keys) {
		JWSVerificationKeySelector<SecurityContext> keySelector = new JWSVerificationKeySelector<>(keys.algorithms(),
				new ImmutableJWKSet<>(new JWKSet(keys.verificationKeys())));
		this.processor = new DefaultJWTProcessor<>();
		this.processor.setJWSKeySelector(keySelector);
		// The claims are judged by JwtTokenService, on its clock rather than nimbus's.
		this.processor.setJWTClaimsSetVerifier((claims, context) -> {
		});
		try {
			this.signer = (keys.signingKey() instanceof OctetSequenceKey secret)
					? new HmacJws(keys.algorithm(), secret.toSecretKey())
					: new DefaultJWSSignerFactory().createJWSSigner(keys.signingKey(), keys.algorithm());
			Map<String, KnownHeader> known = new LinkedHashMap<>();
			for (JWK key : keys.verificationKeys()) {
				KnownHeader header = KnownHeader.of(JWSAlgorithm.parse(key.getAlgorithm().getName()), key.getKeyID(),
						keySelector);
				known.putIfAbsent(header.segment(), header);
			}
			this.signing = KnownHeader.of(keys.algorithm(), keys.signingKey().getKeyID(), keySelector);
			this.signingSegment = this.signing.segment().getBytes(StandardCharsets.US_ASCII);
			this.known = List.copyOf(known.values());
		}
		catch (JOSEException | ParseException ex) {
			throw new IllegalStateException("The JWT keys cannot sign or verify", ex);
		}
	}

	/**
	 * Sign a payload of a token's own members, then members that several tokens share, with the
	 * signing key. The shared members are written once, by {@link #members}, for a pair of tokens:
	 * writing each token's whole payload, the user's claims in both, with a generator each, was
	 * 38% of issuing a pair in {@code JwtBenchmark}'s profile (issue 9).
	 * @param own the token's own members, such as {@code "exp":1800000300}, in JSON; the caller
	 * writes them by hand only where nothing needs escaping
	 * @param shared members as {@link #members} wrote them
	 * @return the compact JWS
	 * @throws JwtEncodingException when the token cannot be signed
	 */
	String sign(String own, byte[] shared) {
		try {
			byte[] members = own.getBytes(StandardCharsets.UTF_8);
			int comma = (members.length > 0 && shared.length > 0) ? 1 : 0;
			byte[] json = new byte[members.length + comma + shared.length + 2];
			json[0] = '{';
			System.arraycopy(members, 0, json, 1, members.length);
			if (comma == 1) {
				json[members.length + 1] = ',';
			}
			System.arraycopy(shared, 0, json, members.length + comma + 1, shared.length);
			json[json.length - 1] = '}';
			// The signing input is made as bytes, the form the MAC or signature reads.
			byte[] header = this.signingSegment;
			byte[] payload = BASE64URL.encode(json);
			byte[] signingInput = Arrays.copyOf(header, header.length + 1 + payload.length);
			signingInput[header.length] = '.';
			System.arraycopy(payload, 0, signingInput, header.length + 1, payload.length);
			Base64URL signature = this.signer.sign(this.signing.header(), signingInput);
			return new String(signingInput, StandardCharsets.US_ASCII) + '.' + signature;
		}
		catch (JOSEException | RuntimeException ex) {
			throw new JwtEncodingException("The JWT could not be signed", ex);
		}
	}

	/**
	 * The members a writer writes, as they stand inside the payload object: its JSON without the
	 * braces, in UTF-8; none when it writes none.
	 * @param claims writes the claims
	 * @return the members, for {@link #sign(String, byte[])}
	 * @throws JwtEncodingException when the claims cannot be written
	 */
	static byte[] members(ClaimsWriter claims) {
		try {
			byte[] payload = payload(claims);
			return Arrays.copyOfRange(payload, 1, payload.length - 1);
		}
		catch (RuntimeException ex) {
			throw new JwtEncodingException("The JWT's claims could not be written", ex);
		}
	}

	/**
	 * The payload of a writer's claims: a JSON object, as the mapper writes a map of them.
	 * @param claims writes the claims
	 * @return the payload, in UTF-8
	 */
	static byte[] payload(ClaimsWriter claims) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
		try (JsonGenerator json = JSON.createGenerator(bytes)) {
			json.writeStartObject();
			claims.writeTo(json);
			json.writeEndObject();
		}
		return bytes.toByteArray();
	}

	/**
	 * Write one claim as the mapper writes a map's entry: the scalar values of every token
	 * (strings and numbers) by the generator itself, any other value by the mapper. The mapper's
	 * map serializer looked a serializer up per entry, a fifth of issuing a pair in
	 * {@code JwtBenchmark}'s profile (issue 9).
	 * @param json the generator, inside the payload object
	 * @param name the claim's name
	 * @param value its value
	 */
	static void writeClaim(JsonGenerator json, String name, Object value) {
		json.writeName(name);
		if (value instanceof String string) {
			json.writeString(string);
		}
		else if (value instanceof Long number) {
			json.writeNumber(number);
		}
		else if (value instanceof Integer number) {
			json.writeNumber(number);
		}
		else {
			json.writePOJO(value);
		}
	}

	/**
	 * Verify a token's signature and read its claims.
	 * @param token the compact JWS
	 * @return the token, its claims not yet judged
	 * @throws JwtException when the token is malformed, in another algorithm, or its signature
	 * does not verify with any of the keys
	 */
	Jwt verify(String token) {
		try {
			// JOSEObject.split trims the token too.
			String compact = token.trim();
			KnownHeader header = knownHeader(compact);
			return (header != null) ? verifyKnown(token, compact, header) : verifyOther(token);
		}
		catch (JwtException ex) {
			throw ex;
		}
		catch (ParseException | BadJOSEException | JOSEException | RuntimeException ex) {
			throw new BadJwtException("The JWT is invalid: " + ex.getMessage(), ex);
		}
	}

	private KnownHeader knownHeader(String compact) {
		for (KnownHeader header : this.known) {
			String segment = header.segment();
			if (compact.length() > segment.length() && compact.charAt(segment.length()) == '.'
					&& compact.startsWith(segment)) {
				return header;
			}
		}
		return null;
	}

	private Jwt verifyKnown(String token, String compact, KnownHeader header) throws ParseException, JOSEException {
		int payloadStart = header.segment().length() + 1;
		int signatureStart = compact.indexOf('.', payloadStart) + 1;
		if (signatureStart == 0 || compact.indexOf('.', signatureStart) >= 0) {
			throw new BadJwtException("The JWT is not a JWS in compact serialization");
		}
		byte[] signingInput = compact.substring(0, signatureStart - 1).getBytes(StandardCharsets.UTF_8);
		Base64URL signature = new Base64URL(compact.substring(signatureStart));
		if (!verified(header, signingInput, signature)) {
			throw new BadJwtException("The JWT's signature is invalid");
		}
		byte[] payload = BASE64URL_DECODER.decode(compact.substring(payloadStart, signatureStart - 1));
		return jwt(token, header.values(), claims(payload));
	}

	/**
	 * Read a payload as the mapper reads it into a {@code Map<String, Object>}: the same values
	 * of the same types (whole numbers as {@link Long}s), the same refusals (a name given twice,
	 * at any depth; content after the object). The strings and whole numbers of every token are
	 * read by the parser itself, any other value by the mapper: the map deserializer's dispatch per
	 * value was two fifths of verifying a token in {@code JwtBenchmark}'s profile (issue 9). A name
	 * given twice is refused by the claims map; the parser's own check, which keeps a set of the
	 * names of each object, was a fourteenth of verifying a token there. It still checks a payload
	 * with an object nested in a claim (an application's claim; those of our tokens have none),
	 * which is read again.
	 * @param payload the payload, in UTF-8
	 * @return the claims, in their order
	 * @throws BadJwtException when the payload is not one JSON object, or names a claim twice
	 * @throws tools.jackson.core.JacksonException when it is not JSON, or names a member of a
	 * nested object twice
	 */
	static Map<String, Object> claims(byte[] payload) {
		Map<String, Object> claims = claims(payload, true);
		return (claims != null) ? claims : claims(payload, false);
	}

	// The claims; read flat, by a parser that does not check names, null when the payload nests an
	// object.
	private static Map<String, Object> claims(byte[] payload, boolean flat) {
		try (JsonParser json = (flat ? FLAT_JSON : JSON).createParser(payload)) {
			if (json.nextToken() != JsonToken.START_OBJECT) {
				throw new BadJwtException("The JWT's payload is not a JSON object");
			}
			Map<String, Object> claims = new LinkedHashMap<>();
			for (String name = json.nextName(); name != null; name = json.nextName()) {
				Object value = flat ? flatValue(json, json.nextToken()) : value(json, json.nextToken());
				if (value == NESTED_OBJECT) {
					return null;
				}
				int size = claims.size();
				claims.put(name, value);
				if (claims.size() == size) {
					throw new BadJwtException("The JWT's payload names a claim twice");
				}
			}
			if (json.nextToken() != null) {
				throw new BadJwtException("The JWT's payload has content after its JSON object");
			}
			return claims;
		}
	}

	private static Object value(JsonParser json, JsonToken token) {
		if (token == JsonToken.VALUE_STRING) {
			return json.getString();
		}
		if (token == JsonToken.VALUE_NUMBER_INT && json.getNumberType() != NumberType.BIG_INTEGER) {
			return json.getLongValue();
		}
		return VALUE_READER.readValue(json);
	}

	// A value as value(...) reads it, arrays read here (as the mapper reads them: ArrayLists),
	// NESTED_OBJECT for an object or an array that holds one.
	private static Object flatValue(JsonParser json, JsonToken token) {
		if (token == JsonToken.START_OBJECT) {
			return NESTED_OBJECT;
		}
		if (token != JsonToken.START_ARRAY) {
			return value(json, token);
		}
		List<Object> values = new ArrayList<>();
		for (JsonToken each = json.nextToken(); each != JsonToken.END_ARRAY; each = json.nextToken()) {
			if (each == null) {
				throw new BadJwtException("The JWT's payload ends inside an array");
			}
			Object value = flatValue(json, each);
			if (value == NESTED_OBJECT) {
				return NESTED_OBJECT;
			}
			values.add(value);
		}
		return values;
	}

	private static boolean verified(KnownHeader header, byte[] signingInput, Base64URL signature)
			throws JOSEException {
		for (JWSVerifier verifier : header.verifiers()) {
			if (verifier.verify(header.header(), signingInput, signature)) {
				return true;
			}
		}
		return false;
	}

	private Jwt verifyOther(String token) throws ParseException, BadJOSEException, JOSEException {
		JWT parsed = JWTParser.parse(token);
		if (!(parsed instanceof SignedJWT signed)) {
			throw new BadJwtException("Unsupported algorithm of " + parsed.getHeader().getAlgorithm());
		}
		JWTClaimsSet claims = this.processor.process(signed, null);
		return jwt(token, new LinkedHashMap<>(signed.getHeader().toJSONObject()), claims);
	}

	/**
	 * The token of a payload read as {@link JWTClaimsSet#parse(Map)} reads it, then mapped as
	 * {@link #jwt(String, Map, JWTClaimsSet)} maps a claims set, without the claims set and its
	 * copies of the claims (a fifth of verifying a token in {@code JwtBenchmark}'s profile, issue
	 * 9): {@code iss} and {@code jti} strings, {@code sub} a string or a number (made a string),
	 * {@code aud} a string (made a list) or a list of strings, timestamps numbers of seconds (made
	 * {@link Instant}s), each also {@code null}; a payload nimbus refuses is refused with the same
	 * {@link ParseException}. The payload map is changed in place.
	 * @param token the compact JWS
	 * @param headers the header's parameters
	 * @param claims the payload, as read
	 * @return the token
	 * @throws ParseException when a registered claim is of a type nimbus refuses
	 */
	static Jwt jwt(String token, Map<String, Object> headers, Map<String, Object> claims) throws ParseException {
		for (Iterator<Map.Entry<String, Object>> entries = claims.entrySet().iterator(); entries.hasNext();) {
			Map.Entry<String, Object> claim = entries.next();
			String name = claim.getKey();
			Object value = claim.getValue();
			switch (name) {
				case JwtClaimNames.ISS, JwtClaimNames.JTI -> requireString(name, value);
				case JwtClaimNames.SUB -> {
					if (value instanceof Number) {
						claim.setValue(String.valueOf(value));
					}
					else if (value != null && !(value instanceof String)) {
						throw new ParseException("Illegal " + name + " claim", 0);
					}
				}
				case JwtClaimNames.AUD -> claim.setValue(audience(value));
				case JwtClaimNames.EXP, JwtClaimNames.IAT, JwtClaimNames.NBF -> {
					if (value instanceof Number seconds) {
						// As nimbus's Date of seconds times 1000, then Date.toInstant().
						claim.setValue(Instant.ofEpochMilli(seconds.longValue() * 1000L));
					}
					else if (value != null) {
						throw new ParseException("Unexpected type of JSON object member " + name, 0);
					}
				}
				default -> {
				}
			}
			if (value == null && REGISTERED.contains(name)) {
				entries.remove();
			}
		}
		return jwt(token, headers, claims, (Instant) claims.get(JwtClaimNames.IAT),
				(Instant) claims.get(JwtClaimNames.EXP));
	}

	private static void requireString(String name, Object value) throws ParseException {
		if (value != null && !(value instanceof String)) {
			throw new ParseException("Unexpected type of JSON object member " + name, 0);
		}
	}

	private static Object audience(Object value) throws ParseException {
		if (value == null) {
			return null;
		}
		if (value instanceof String one) {
			List<String> audience = new ArrayList<>();
			audience.add(one);
			return audience;
		}
		if (value instanceof List<?> list) {
			for (Object each : list) {
				if (each != null && !(each instanceof String)) {
					throw new ParseException("JSON object member " + JwtClaimNames.AUD + " is not an array of strings",
							0);
				}
			}
			return list;
		}
		throw new ParseException("Illegal " + JwtClaimNames.AUD + " claim", 0);
	}

	// As Spring Security's MappedJwtClaimSetConverter: timestamps as Instants, registered claims
	// without a value left out.
	static Jwt jwt(String token, Map<String, Object> headers, JWTClaimsSet claimsSet) {
		Map<String, Object> claims = new LinkedHashMap<>(claimsSet.getClaims());
		for (String name : TIMESTAMPS) {
			if (claims.get(name) instanceof Date date) {
				claims.put(name, date.toInstant());
			}
		}
		for (String name : REGISTERED) {
			if (claims.containsKey(name) && claims.get(name) == null) {
				claims.remove(name);
			}
		}
		return jwt(token, headers, claims, (Instant) claims.get(JwtClaimNames.IAT),
				(Instant) claims.get(JwtClaimNames.EXP));
	}

	private static Jwt jwt(String token, Map<String, Object> headers, Map<String, Object> claims, Instant issuedAt,
			Instant expiresAt) {
		try {
			return new Jwt(token, issuedAt, expiresAt, headers, claims);
		}
		catch (IllegalArgumentException ex) {
			// No claims, or an exp not after iat.
			throw new BadJwtException("The JWT is invalid: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Writes a token's claims, each as a member of the payload object, each name once.
	 */
	@FunctionalInterface
	interface ClaimsWriter {

		/**
		 * Write the claims, for example with {@link JwtCodec#writeClaim}.
		 * @param json the generator, inside the payload object
		 */
		void writeTo(JsonGenerator json);

	}

	/**
	 * A header this codec writes for one key, encoded once, with the verifiers nimbus's key
	 * selector picks for it.
	 *
	 * @param header the header
	 * @param segment its base64url encoding, the token's first part
	 * @param values its parameters, for {@link Jwt#getHeaders()}
	 * @param verifiers the verifiers of the keys that match it
	 */
	private record KnownHeader(JWSHeader header, String segment, Map<String, Object> values,
			List<JWSVerifier> verifiers) {

		static KnownHeader of(JWSAlgorithm algorithm, String keyId,
				JWSVerificationKeySelector<SecurityContext> keySelector) throws JOSEException, ParseException {
			JWSHeader header = JWSHeader.parse(new JWSHeader.Builder(algorithm).keyID(keyId)
				.type(JOSEObjectType.JWT)
				.build()
				.toBase64URL());
			List<JWSVerifier> verifiers = new ArrayList<>();
			DefaultJWSVerifierFactory factory = new DefaultJWSVerifierFactory();
			for (Key key : keySelector.selectJWSKeys(header, null)) {
				verifiers.add((key instanceof SecretKey secret) ? new HmacJws(algorithm, secret)
						: factory.createJWSVerifier(header, key));
			}
			return new KnownHeader(header, header.toBase64URL().toString(),
					Collections.unmodifiableMap(new LinkedHashMap<>(header.toJSONObject())), List.copyOf(verifiers));
		}

	}

}
