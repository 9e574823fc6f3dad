package io.restsocial.core.pipeline;

import java.util.HashMap;
import java.util.Map;

import io.restsocial.core.provider.LoginRequest;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.SocialProvider;
import io.restsocial.core.user.SocialAccount;
import io.restsocial.core.user.SocialUser;

/**
 * What the pipeline knows of one login as its steps run: the provider and its response, then
 * the details, uid, user and social account that steps fill in.
 */
public final class AuthContext {

	private final SocialProvider provider;

	private final LoginRequest request;

	private final Map<String, Object> response;

	private final Map<String, Object> attributes = new HashMap<>();

	private Map<String, String> submitted = Map.of();

	private SocialDetails details;

	private String uid;

	private String username;

	private SocialUser user;

	private SocialAccount account;

	private boolean newUser;

	private boolean newAssociation;

	// Set by the Pipeline that runs this context when a LoadExtraDataStep follows its
	// AssociateUserStep: a new account is then created holding the extra data that step would
	// write next, one statement less per first login (issue 9).
	boolean extraDataFollowsAssociation;

	// The account AssociateUserStep created holding the extra data, which LoadExtraDataStep then
	// neither computes again nor writes.
	SocialAccount createdWithExtraData;

	/**
	 * Create the context of a login.
	 * @param provider the provider logged in with
	 * @param request the login request
	 * @param response the provider's merged response
	 */
	public AuthContext(SocialProvider provider, LoginRequest request, Map<String, Object> response) {
		this.provider = provider;
		this.request = request;
		this.response = response;
		this.user = request.currentUser();
	}

	/**
	 * The provider logged in with.
	 * @return the provider
	 */
	public SocialProvider getProvider() {
		return this.provider;
	}

	/**
	 * The login request.
	 * @return the request
	 */
	public LoginRequest getRequest() {
		return this.request;
	}

	/**
	 * The provider's merged response (token response and user data).
	 * @return the response
	 */
	public Map<String, Object> getResponse() {
		return this.response;
	}

	/**
	 * Free-form values that steps pass to later steps.
	 * @return the mutable attributes
	 */
	public Map<String, Object> getAttributes() {
		return this.attributes;
	}

	/**
	 * What the user submitted to complete a paused login (empty on a first run).
	 * @return the submitted fields
	 */
	public Map<String, String> getSubmitted() {
		return this.submitted;
	}

	/**
	 * Set what the user submitted to complete a paused login.
	 * @param submitted the submitted fields
	 */
	public void setSubmitted(Map<String, String> submitted) {
		this.submitted = Map.copyOf(submitted);
	}

	/**
	 * The user details read from the response.
	 * @return the details, or {@code null} before the details step
	 */
	public SocialDetails getDetails() {
		return this.details;
	}

	/**
	 * Set the user details.
	 * @param details the details
	 */
	public void setDetails(SocialDetails details) {
		this.details = details;
	}

	/**
	 * The provider's id of the user.
	 * @return the uid, or {@code null} before the uid step
	 */
	public String getUid() {
		return this.uid;
	}

	/**
	 * Set the provider's id of the user.
	 * @param uid the uid
	 */
	public void setUid(String uid) {
		this.uid = uid;
	}

	/**
	 * The unique username chosen for a new user.
	 * @return the username, or {@code null}
	 */
	public String getUsername() {
		return this.username;
	}

	/**
	 * Set the username for a new user.
	 * @param username the username
	 */
	public void setUsername(String username) {
		this.username = username;
	}

	/**
	 * The user: the caller already authenticated, the owner of the social account, or the user
	 * just created.
	 * @return the user, or {@code null} while none is known
	 */
	public SocialUser getUser() {
		return this.user;
	}

	/**
	 * Set the user.
	 * @param user the user
	 */
	public void setUser(SocialUser user) {
		this.user = user;
	}

	/**
	 * The social account of this login.
	 * @return the account, or {@code null} while none is known
	 */
	public SocialAccount getAccount() {
		return this.account;
	}

	/**
	 * Set the social account.
	 * @param account the account
	 */
	public void setAccount(SocialAccount account) {
		this.account = account;
	}

	/**
	 * Whether this login created the user.
	 * @return whether the user is new
	 */
	public boolean isNewUser() {
		return this.newUser;
	}

	/**
	 * Set whether this login created the user.
	 * @param newUser whether the user is new
	 */
	public void setNewUser(boolean newUser) {
		this.newUser = newUser;
	}

	/**
	 * Whether this login linked the social account.
	 * @return whether the account is new
	 */
	public boolean isNewAssociation() {
		return this.newAssociation;
	}

	/**
	 * Set whether this login linked the social account.
	 * @param newAssociation whether the account is new
	 */
	public void setNewAssociation(boolean newAssociation) {
		this.newAssociation = newAssociation;
	}

}
