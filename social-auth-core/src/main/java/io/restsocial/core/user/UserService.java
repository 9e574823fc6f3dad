package io.restsocial.core.user;

import java.util.List;
import java.util.Optional;

/**
 * The application's users, as the pipeline needs them: the SPI an application implements to
 * keep users in its own table. The default keeps them in {@code social_user}.
 * <p>
 * Each user carries whether its email is verified ({@link SocialUser#emailVerified()}), and
 * association by email trusts nothing else. An implementation keeps it: it stores
 * {@link NewUser#emailVerified()} on {@link #create(NewUser)}, stores
 * {@link SocialUser#emailVerified()} on {@link #update(SocialUser)}, and returns it on every
 * user it finds. It answers {@code true} only for an email some provider or the application
 * itself proved to be the user's: an address typed into a sign-up form, or imported from a
 * python-social-auth user table (which has no such column), stays unverified until a login with a
 * provider that vouches for it. An implementation that does not track it answers {@code false}
 * (the five-value {@link SocialUser} constructor does), which keeps its users out of association
 * by email: safe, but such a login makes a new user.
 */
public interface UserService {

	/**
	 * Find a user by the string form of its id.
	 * @param id the id, as {@link SocialUser#idAsString()} gives it
	 * @return the user, or empty
	 */
	Optional<SocialUser> findById(String id);

	/**
	 * Find the users whose email is this one, ignoring case, for association by email. The
	 * default finds none, which turns association by email off.
	 * @param email the email address
	 * @return the users, at most a few; empty when none
	 */
	default List<SocialUser> findByEmail(String email) {
		return List.of();
	}

	/**
	 * Find the users whose email is this one, ignoring case, and verified
	 * ({@link SocialUser#emailVerified()}): the only users association by email may log a login
	 * in as. The default filters {@link #findByEmail(String)}; an implementation overrides it
	 * when its store can filter, so that unverified users cannot crowd out a verified one.
	 * @param email the email address
	 * @return the users, at most a few; empty when none
	 */
	default List<SocialUser> findByVerifiedEmail(String email) {
		return findByEmail(email).stream()
			.filter((user) -> user.emailVerified() && user.email().equalsIgnoreCase(email))
			.toList();
	}

	/**
	 * Whether a user has this username already.
	 * @param username the username
	 * @return whether it is taken
	 */
	boolean usernameExists(String username);

	/**
	 * Create a user, with whether its email is verified.
	 * @param user what is known of the user
	 * @return the created user, with its id
	 */
	SocialUser create(NewUser user);

	/**
	 * Save changed details of a user: its names, its email and whether that email is verified.
	 * @param user the user with its new details
	 * @return the saved user
	 */
	SocialUser update(SocialUser user);

}
