package io.restsocial.example.demo;

import java.util.Map;

import io.restsocial.boot.autoconfigure.RestSocialProperties;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * On when {@code example.demo.enabled=true}, off when it is {@code false}, and otherwise on only
 * while no real provider is configured: no {@code rest.social.providers.<name>.client-id} and no
 * {@code spring.security.oauth2.client.registration.<id>}, which logs in as well. Its "sign in as
 * anyone" login must not sit beside real ones.
 */
class DemoEnabledCondition extends SpringBootCondition {

	private static final String CLIENT_REGISTRATIONS = "spring.security.oauth2.client.registration";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionMessage.Builder message = ConditionMessage.forCondition("Demo provider");
		String explicit = context.getEnvironment().getProperty("example.demo.enabled");
		if (StringUtils.hasText(explicit)) {
			return Boolean.parseBoolean(explicit.strip()) ? ConditionOutcome.match(message.because("enabled"))
					: ConditionOutcome.noMatch(message.because("disabled"));
		}
		Binder binder = Binder.get(context.getEnvironment());
		boolean realKeys = binder
			.bind("rest.social.providers", Bindable.mapOf(String.class, RestSocialProperties.Provider.class))
			.orElse(Map.of())
			.values()
			.stream()
			.anyMatch((provider) -> StringUtils.hasText(provider.getClientId()))
				// Boot's client registrations are login providers too (README).
				|| !binder.bind(CLIENT_REGISTRATIONS, Bindable.mapOf(String.class, Object.class))
					.orElse(Map.of())
					.isEmpty();
		return realKeys ? ConditionOutcome.noMatch(message.because("real provider keys are configured"))
				: ConditionOutcome.match(message.because("no provider keys are configured"));
	}

}
