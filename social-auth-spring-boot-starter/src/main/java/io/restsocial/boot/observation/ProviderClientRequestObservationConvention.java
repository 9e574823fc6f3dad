package io.restsocial.boot.observation;

import java.net.URI;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.ObservationView;

import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.observation.ClientHttpObservationDocumentation;
import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.http.client.observation.DefaultClientRequestObservationConvention;

/**
 * Spring's {@code http.client.requests} for the calls to providers, with a low-cardinality
 * {@value #PROVIDER} key value: the wire name of the provider of the login the call serves (the
 * {@link SocialLoginObservationContext} among the call's parent observations), or
 * {@code unknown} for a call outside an observed login. Its {@code http.url} leaves out the query,
 * which may carry an access token or the client secret (Facebook's {@code debug_token}).
 * <p>
 * Declare a bean of this type (a subclass) to replace it; the application's own
 * {@code ClientRequestObservationConvention} is not used for provider calls, so that no
 * convention writes their query.
 */
public class ProviderClientRequestObservationConvention extends DefaultClientRequestObservationConvention {

	/** The key of the provider's wire name. */
	public static final String PROVIDER = "provider";

	private static final KeyValue UNKNOWN_PROVIDER = KeyValue.of(PROVIDER,
			DefaultSocialLoginObservationConvention.UNKNOWN);

	/**
	 * Create the convention, named {@code http.client.requests}.
	 */
	public ProviderClientRequestObservationConvention() {
	}

	/**
	 * Create the convention with the name of the application's client observations
	 * ({@code management.observations.http.client.requests.name}).
	 * @param name the name
	 */
	public ProviderClientRequestObservationConvention(String name) {
		super(name);
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ClientRequestObservationContext context) {
		return super.getLowCardinalityKeyValues(context).and(provider(context));
	}

	/**
	 * The {@value #PROVIDER} key value.
	 * @param context the call
	 * @return the provider of the login the call serves, or {@code unknown}
	 */
	protected KeyValue provider(ClientRequestObservationContext context) {
		for (ObservationView parent = context.getParentObservation(); parent != null; parent = parent
			.getContextView()
			.getParentObservation()) {
			if (parent.getContextView() instanceof SocialLoginObservationContext login) {
				return (login.getProvider() != null) ? KeyValue.of(PROVIDER, login.getProvider()) : UNKNOWN_PROVIDER;
			}
		}
		return UNKNOWN_PROVIDER;
	}

	@Override
	protected KeyValue requestUri(ClientRequestObservationContext context) {
		ClientHttpRequest request = context.getCarrier();
		if (request == null) {
			return super.requestUri(context);
		}
		URI uri = request.getURI();
		return KeyValue.of(ClientHttpObservationDocumentation.HighCardinalityKeyNames.HTTP_URL,
				uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath());
	}

}
