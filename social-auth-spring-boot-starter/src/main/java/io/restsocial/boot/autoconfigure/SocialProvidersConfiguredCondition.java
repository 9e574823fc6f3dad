package io.restsocial.boot.autoconfigure;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The condition behind {@link ConditionalOnSocialProviders}.
 */
class SocialProvidersConfiguredCondition extends SpringBootCondition {

	private static final Bindable<Map<String, RestSocialProperties.Provider>> PROVIDERS = Bindable
		.mapOf(String.class, RestSocialProperties.Provider.class);

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionMessage.Builder message = ConditionMessage.forCondition("Social providers configured");
		List<String> names = configuredProviders(context);
		if (names.isEmpty()) {
			return ConditionOutcome.noMatch(message.didNotFind("rest.social.providers with a client-id").atAll());
		}
		return ConditionOutcome.match(message.foundExactly("providers " + String.join(", ", names)));
	}

	static List<String> configuredProviders(ConditionContext context) {
		return Binder.get(context.getEnvironment())
			.bind("rest.social.providers", PROVIDERS)
			.orElse(Map.of())
			.entrySet()
			.stream()
			.filter((entry) -> StringUtils.hasText(entry.getValue().getClientId()))
			.map(Map.Entry::getKey)
			.toList();
	}

}
