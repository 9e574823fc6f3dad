package io.restsocial.boot.autoconfigure;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.core.type.MethodMetadata;
import org.springframework.web.client.RestClient;

/**
 * Where the provider client's {@link RestClient.Builder} comes from. A builder the application
 * declares is used as it is. Boot's own builder bean is not created: it is Boot's
 * {@link RestClientCustomizer}s (message converters and observations among them) on a new builder
 * plus a request factory built from {@code spring.http.clients.*}, and the provider client replaces
 * that request factory with its own. Creating Boot's bean built an HTTP client (with Apache
 * HttpClient 5, a connection pool and a TLS context with the JDK's trust store) at start-up only to
 * throw it away, so here the customizers are applied to a new builder instead.
 */
final class ProviderRestClientBuilderSource {

	// Boot's restClientBuilder bean: RestClient.builder(), its request factory, the customizers.
	private static final String BOOT_CONFIGURATION = "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration";

	private ProviderRestClientBuilderSource() {
	}

	static ObjectProvider<RestClient.Builder> of(ConfigurableListableBeanFactory beanFactory,
			ObjectProvider<RestClient.Builder> builders, ObjectProvider<RestClientCustomizer> customizers) {
		return isBootsBuilderOnly(beanFactory) ? new Customized(customizers) : builders;
	}

	private static boolean isBootsBuilderOnly(ConfigurableListableBeanFactory beanFactory) {
		String[] names = beanFactory.getBeanNamesForType(RestClient.Builder.class, true, false);
		if (names.length != 1 || !beanFactory.containsBeanDefinition(names[0])) {
			return false;
		}
		BeanDefinition definition = beanFactory.getBeanDefinition(names[0]);
		MethodMetadata factoryMethod = (definition instanceof AnnotatedBeanDefinition annotated)
				? annotated.getFactoryMethodMetadata() : null;
		return factoryMethod != null && factoryMethod.getDeclaringClassName().equals(BOOT_CONFIGURATION);
	}

	/**
	 * Boot's builder without its request factory: a new builder with the application's
	 * customizers, in order, as Boot's {@code RestClientBuilderConfigurer} applies them.
	 */
	private static final class Customized implements ObjectProvider<RestClient.Builder> {

		private final ObjectProvider<RestClientCustomizer> customizers;

		Customized(ObjectProvider<RestClientCustomizer> customizers) {
			this.customizers = customizers;
		}

		@Override
		public RestClient.Builder getObject() throws BeansException {
			RestClient.Builder builder = RestClient.builder();
			this.customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
			return builder;
		}

		@Override
		public RestClient.Builder getIfAvailable() throws BeansException {
			return getObject();
		}

		@Override
		public RestClient.Builder getIfUnique() throws BeansException {
			return getObject();
		}

	}

}
