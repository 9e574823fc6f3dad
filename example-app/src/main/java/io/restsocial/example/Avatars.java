package io.restsocial.example;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.restsocial.boot.autoconfigure.PipelineCustomizer;
import io.restsocial.boot.web.SocialUserJson;
import io.restsocial.core.pipeline.AuthContext;
import io.restsocial.core.pipeline.PipelineStep;
import io.restsocial.core.pipeline.UserDetailsStep;
import io.restsocial.core.user.SocialUser;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How an application adds a pipeline step: django-rest-social-auth's example project keeps each
 * user's avatar ({@code save_avatar}), and its user JSON returns it as {@code social_thumb}. The
 * step runs last, in the login's transaction, and takes the provider's picture when it has one,
 * else the Gravatar of the email; the table is the example's own ({@code schema.sql}).
 * <p>
 * And how an application changes the user JSON everywhere at once: a {@link SocialUserJson} bean,
 * here the default fields plus {@code social_thumb}, which the login answers, the {@code -user}
 * JWTs and {@code /api/user/} then carry.
 */
@Configuration(proxyBeanMethods = false)
class Avatars {

	private final JdbcClient jdbc;

	Avatars(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Bean
	PipelineCustomizer saveAvatar() {
		return (pipeline) -> pipeline.addAfter(UserDetailsStep.class, new SaveAvatarStep(this));
	}

	@Bean
	SocialUserJson userJsonWithAvatar() {
		return (user) -> {
			Map<String, Object> fields = SocialUserJson.defaults().write(user);
			fields.put("social_thumb", find(user).orElse(null));
			return fields;
		};
	}

	/**
	 * The user's avatar URL.
	 * @param user the user
	 * @return the URL, if one was saved
	 */
	Optional<String> find(SocialUser user) {
		return this.jdbc.sql("SELECT url FROM example_avatar WHERE user_id = ?")
			.param(user.idAsString())
			.query(String.class)
			.optional();
	}

	void save(SocialUser user, String url) {
		if (this.jdbc.sql("UPDATE example_avatar SET url = ? WHERE user_id = ?")
			.params(url, user.idAsString())
			.update() == 0) {
			this.jdbc.sql("INSERT INTO example_avatar (user_id, url) VALUES (?, ?)")
				.params(user.idAsString(), url)
				.update();
		}
	}

	/**
	 * The step: the picture from the provider's answer, by provider, else the email's Gravatar.
	 */
	static final class SaveAvatarStep implements PipelineStep {

		private final Avatars avatars;

		SaveAvatarStep(Avatars avatars) {
			this.avatars = avatars;
		}

		@Override
		public void execute(AuthContext context) {
			SocialUser user = context.getUser();
			if (user == null) {
				return;
			}
			String url = picture(context.getProvider().name(), context.getResponse());
			if (url == null) {
				url = gravatar(user.email());
			}
			if (!url.equals(this.avatars.find(user).orElse(null))) {
				this.avatars.save(user, url);
			}
		}

		private static String picture(String provider, Map<String, Object> response) {
			Object picture = switch (provider) {
				case "github", "gitlab" -> response.get("avatar_url");
				case "google-oauth2" -> response.get("picture");
				case "facebook" -> (response.get("id") != null)
						? "https://graph.facebook.com/" + response.get("id") + "/picture?type=normal" : null;
				case "twitter" -> response.get("profile_image_url_https");
				default -> null;
			};
			return (picture instanceof String url && url.startsWith("https://")) ? url : null;
		}

		// Gravatar takes the SHA-256 of the trimmed, lower-cased address.
		static String gravatar(String email) {
			try {
				byte[] hash = MessageDigest.getInstance("SHA-256")
					.digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
				return "https://gravatar.com/avatar/" + HexFormat.of().formatHex(hash) + "?s=100&d=identicon";
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("SHA-256 is a required JDK algorithm", ex);
			}
		}

	}

}
