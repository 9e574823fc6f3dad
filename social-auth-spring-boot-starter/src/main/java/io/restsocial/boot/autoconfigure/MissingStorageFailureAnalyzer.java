package io.restsocial.boot.autoconfigure;

import java.util.Set;

import io.restsocial.core.token.StoredTokenService;
import io.restsocial.core.user.SocialAccountRepository;
import io.restsocial.core.user.UserService;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Explains a start-up that failed for want of rest-social-auth's storage: it keeps users,
 * accounts and tokens in a database, and the usual cause is that the application has none.
 */
class MissingStorageFailureAnalyzer extends AbstractFailureAnalyzer<NoSuchBeanDefinitionException>
		implements Ordered {

	private static final Set<Class<?>> STORAGE = Set.of(UserService.class, SocialAccountRepository.class,
			StoredTokenService.class);

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause) {
		Class<?> type = cause.getBeanType();
		if (type == null || !STORAGE.contains(type)) {
			return null;
		}
		return new FailureAnalysis(
				"rest-social-auth needs a " + type.getSimpleName() + " bean: it keeps users, social accounts and "
						+ "tokens in a database, and no single DataSource was found to keep them in.",
				"Add spring-boot-starter-jdbc and a JDBC driver (com.h2database:h2 to try it out), or declare your own "
						+ type.getName() + " bean (an application with its own user table implements UserService).",
				cause);
	}

	@Override
	public int getOrder() {
		// Before Boot's generic analysis of a missing bean.
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
