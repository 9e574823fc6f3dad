package io.restsocial.example.demo;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.restsocial.core.provider.LoginRequest;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.SocialProvider;

import org.springframework.util.function.SingletonSupplier;

/**
 * A provider built on first use, once the server's port is known (so that
 * {@code --server.port=0} works too): every call goes to the provider it builds then.
 *
 * @param <P> the kind of provider built
 */
public abstract class LateSocialProvider<P extends SocialProvider> implements SocialProvider {

	private final String name;

	private final SingletonSupplier<P> delegate;

	/**
	 * Create the provider.
	 * @param name the wire name
	 * @param delegate what builds the provider behind, at its first use
	 */
	protected LateSocialProvider(String name, Supplier<P> delegate) {
		this.name = name;
		this.delegate = SingletonSupplier.of(delegate);
	}

	/**
	 * The provider behind, built on first use.
	 * @return the provider
	 */
	public P delegate() {
		return this.delegate.obtain();
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public Map<String, Object> fetchUserData(LoginRequest request) {
		return delegate().fetchUserData(request);
	}

	@Override
	public SocialDetails userDetails(Map<String, Object> response) {
		return delegate().userDetails(response);
	}

	@Override
	public String userId(SocialDetails details, Map<String, Object> response) {
		return delegate().userId(details, response);
	}

	@Override
	public Map<String, Object> extraData(Map<String, Object> response) {
		return delegate().extraData(response);
	}

	@Override
	public Optional<Map<String, Object>> firstStep(LoginRequest request) {
		return delegate().firstStep(request);
	}

	@Override
	public boolean isFirstStep(LoginRequest request) {
		return delegate().isFirstStep(request);
	}

	@Override
	public boolean usesState() {
		return delegate().usesState();
	}

	@Override
	public boolean usesNonce() {
		return delegate().usesNonce();
	}

	@Override
	public Optional<String> authorizationUrl(String redirectUri, String state, String nonce, String codeChallenge) {
		return delegate().authorizationUrl(redirectUri, state, nonce, codeChallenge);
	}

	@Override
	public boolean usesPkce() {
		return delegate().usesPkce();
	}

}
