package io.restsocial.boot.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.restsocial.core.user.SocialUser;

/**
 * Writes a user as the JSON fields the endpoints answer: one bean changes the user JSON everywhere
 * at once, in the login answers of the {@code session} and {@code -user} endpoints, in
 * {@code social/complete/} answers, in {@code GET {base}/social/accounts/user/}, and in the claims
 * of the {@code -user} JWTs (all but {@code id}, which {@code user_id} carries, and the names of
 * the tokens' own claims).
 * <p>
 * Declare a bean to replace the {@link #defaults() default}, which writes django-rest-social-auth's
 * fields {@code id}, {@code username}, {@code email}, {@code first_name} and {@code last_name}:
 * <pre class="code">
 * &#64;Bean
 * SocialUserJson userJson(Avatars avatars) {
 *     return (user) -&gt; {
 *         Map&lt;String, Object&gt; fields = SocialUserJson.defaults().write(user);
 *         fields.put("social_thumb", avatars.find(user).orElse(null));
 *         return fields;
 *     };
 * }
 * </pre>
 * It runs once per answer, in the login's transaction: keep it to the user's own data. Values must
 * be JSON values (strings, numbers, booleans, lists and maps of them) for JWTs to carry them.
 * <p>
 * A subclass of {@link SocialLoginController} that overrides
 * {@link SocialLoginController#serializeUser(SocialUser)} still changes the login answers of its
 * own; by default that method answers what this bean writes.
 */
@FunctionalInterface
public interface SocialUserJson {

	/**
	 * Write the user.
	 * @param user the user
	 * @return the JSON fields, in a new map that the caller may change
	 */
	Map<String, Object> write(SocialUser user);

	/**
	 * The default user JSON: {@code id}, {@code username}, {@code email}, {@code first_name} and
	 * {@code last_name}, the fields of django-rest-social-auth's user serializer.
	 * @return the default writer
	 */
	static SocialUserJson defaults() {
		return SocialUserJson::defaultFields;
	}

	private static Map<String, Object> defaultFields(SocialUser user) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("id", user.id());
		fields.put("username", user.username());
		fields.put("email", user.email());
		fields.put("first_name", user.firstName());
		fields.put("last_name", user.lastName());
		return fields;
	}

}
