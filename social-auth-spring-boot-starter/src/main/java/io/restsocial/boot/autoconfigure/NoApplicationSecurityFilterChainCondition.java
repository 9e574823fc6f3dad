package io.restsocial.boot.autoconfigure;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Matches when the application declares no {@link SecurityFilterChain} besides the login
 * endpoints' own: Boot's {@code @ConditionalOnDefaultWebSecurity} cannot tell the two apart.
 */
class NoApplicationSecurityFilterChainCondition extends SpringBootCondition implements ConfigurationCondition {

	@Override
	public ConfigurationPhase getConfigurationPhase() {
		return ConfigurationPhase.REGISTER_BEAN;
	}

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		ConditionMessage.Builder message = ConditionMessage
			.forCondition("No application SecurityFilterChain");
		List<String> others = Arrays
			.stream(context.getBeanFactory().getBeanNamesForType(SecurityFilterChain.class, true, false))
			.filter((name) -> !name.equals(RestSocialSecurityAutoConfiguration.LOGIN_FILTER_CHAIN)
					&& !name.equals(RestSocialSecurityAutoConfiguration.DEFAULT_FILTER_CHAIN))
			.toList();
		if (others.isEmpty()) {
			return ConditionOutcome.match(message.didNotFind("application SecurityFilterChain beans").atAll());
		}
		return ConditionOutcome.noMatch(message.found("SecurityFilterChain beans").items(others));
	}

}
