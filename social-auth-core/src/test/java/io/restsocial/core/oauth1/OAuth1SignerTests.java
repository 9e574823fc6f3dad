package io.restsocial.core.oauth1;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * RFC 5849's own examples.
 */
class OAuth1SignerTests {

	@Test
	void baseStringWhenSection3_4_1ExampleThenTheRfcsString() {
		Map<String, String> oauth = new LinkedHashMap<>();
		oauth.put("oauth_consumer_key", "9djdj82h48djs9d2");
		oauth.put("oauth_token", "kkk9d7dh3k39sjv7");
		oauth.put("oauth_signature_method", "HMAC-SHA1");
		oauth.put("oauth_timestamp", "137131201");
		oauth.put("oauth_nonce", "7d8f3e4a");
		String baseString = OAuth1Signer.baseString("POST",
				URI.create("http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b"),
				List.of(Map.entry("c2", ""), Map.entry("a3", "2 q")), oauth);
		assertThat(baseString).isEqualTo("POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q"
				+ "%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2"
				+ "%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201"
				+ "%26oauth_token%3Dkkk9d7dh3k39sjv7");
	}

	@Test
	void signWhenSection1_2TemporaryCredentialsRequestThenTheRfcsSignature() {
		Map<String, String> oauth = oauth("137131200", "wIjqoS", null);
		oauth.put("oauth_callback", "http://printer.example.com/ready");
		String baseString = OAuth1Signer.baseString("POST", URI.create("https://photos.example.net/initiate"),
				List.of(), oauth);
		assertThat(OAuth1Signer.sign(OAuth1Signer.HMAC_SHA1, baseString, "kd94hf93k423kf44", null))
			.isEqualTo("74KNZJeDHnMBp0EMJ9ZHt/XKycU=");
	}

	@Test
	void signWhenSection1_2TokenRequestThenTheRfcsSignature() {
		Map<String, String> oauth = oauth("137131201", "walatlh", "hh5s93j4hdidpola");
		oauth.put("oauth_verifier", "hfdp7dh39dks9884");
		String baseString = OAuth1Signer.baseString("POST", URI.create("https://photos.example.net/token"), List.of(),
				oauth);
		assertThat(OAuth1Signer.sign(OAuth1Signer.HMAC_SHA1, baseString, "kd94hf93k423kf44", "hdhd0244k9j7ao03"))
			.isEqualTo("gKgrFCywp7rO0OXSjdot/IHF7IU=");
	}

	@Test
	void signWhenSection1_2ResourceRequestWithQueryThenTheRfcsSignature() {
		String baseString = OAuth1Signer.baseString("GET",
				URI.create("http://photos.example.net/photos?file=vacation.jpg&size=original"), List.of(),
				oauth("137131202", "chapoH", "nnch734d00sl2jdk"));
		assertThat(OAuth1Signer.sign(OAuth1Signer.HMAC_SHA1, baseString, "kd94hf93k423kf44", "pfkkdhi9sl3r4s00"))
			.isEqualTo("MdpQcU8iPSUjWoN/UDMsK2sui9I=");
	}

	@Test
	void signWhenAnotherSecretThenAnotherSignature() {
		String baseString = OAuth1Signer.baseString("GET", URI.create("http://photos.example.net/photos"), List.of(),
				oauth("137131202", "chapoH", "nnch734d00sl2jdk"));
		assertThat(OAuth1Signer.sign(OAuth1Signer.HMAC_SHA1, baseString, "kd94hf93k423kf44", "pfkkdhi9sl3r4s00"))
			.isNotEqualTo(OAuth1Signer.sign(OAuth1Signer.HMAC_SHA1, baseString, "kd94hf93k423kf44", "other"));
	}

	@Test
	void signWhenPlaintextThenEncodedSecretsJoined() {
		// Section 3.4.4, with the section 1.2 client secret and no token yet.
		assertThat(OAuth1Signer.sign(OAuth1Signer.PLAINTEXT, "ignored", "kd94hf93k423kf44", null))
			.isEqualTo("kd94hf93k423kf44&");
		assertThat(OAuth1Signer.sign(OAuth1Signer.PLAINTEXT, "ignored", "a&b", "c d")).isEqualTo("a%26b&c%20d");
		assertThatIllegalArgumentException().isThrownBy(() -> OAuth1Signer.sign("RSA-SHA1", "x", "a", null));
	}

	@Test
	void encodeWhenReservedOrNonAsciiThenPercentEncodedUpperCase() {
		assertThat(OAuth1Signer.encode("Ladies + Gentlemen")).isEqualTo("Ladies%20%2B%20Gentlemen");
		assertThat(OAuth1Signer.encode("Dogs, Cats & Mice")).isEqualTo("Dogs%2C%20Cats%20%26%20Mice");
		assertThat(OAuth1Signer.encode("\u2603")).isEqualTo("%E2%98%83");
		assertThat(OAuth1Signer.encode("AZaz09-._~")).isEqualTo("AZaz09-._~");
	}

	@Test
	void baseStringWhenDefaultPortOrUpperCaseHostThenNormalized() {
		Map<String, String> oauth = Map.of("oauth_nonce", "n");
		assertThat(OAuth1Signer.baseString("get", URI.create("HTTP://Example.COM:80/r%20v/X?id=123"), List.of(), oauth))
			.isEqualTo("GET&http%3A%2F%2Fexample.com%2Fr%2520v%2FX&id%3D123%26oauth_nonce%3Dn");
		assertThat(OAuth1Signer.baseString("GET", URI.create("https://www.example.net:8080/?q=1"), List.of(), oauth))
			.startsWith("GET&https%3A%2F%2Fwww.example.net%3A8080%2F&");
	}

	@Test
	void authorizationHeaderWhenParametersThenQuotedAndEncoded() {
		Map<String, String> oauth = new LinkedHashMap<>();
		oauth.put("oauth_consumer_key", "key");
		oauth.put("oauth_signature", "74KNZJeDHnMBp0EMJ9ZHt/XKycU=");
		assertThat(OAuth1Signer.authorizationHeader(oauth))
			.isEqualTo("OAuth oauth_consumer_key=\"key\", oauth_signature=\"74KNZJeDHnMBp0EMJ9ZHt%2FXKycU%3D\"");
	}

	private static Map<String, String> oauth(String timestamp, String nonce, String token) {
		Map<String, String> oauth = new LinkedHashMap<>();
		oauth.put("oauth_consumer_key", "dpf43f3p2l4k3l03");
		if (token != null) {
			oauth.put("oauth_token", token);
		}
		oauth.put("oauth_signature_method", "HMAC-SHA1");
		oauth.put("oauth_timestamp", timestamp);
		oauth.put("oauth_nonce", nonce);
		return oauth;
	}

}
