package io.restsocial.boot.autoconfigure;

import java.util.Map;

import javax.net.ssl.SSLContext;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.restsocial.core.provider.builtin.BuiltInProviders;
import org.apache.hc.client5.http.psl.PublicSuffixMatcherLoader;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.NativeDetector;
import org.springframework.util.ClassUtils;

/**
 * Starts making, on a background thread while the context creates its web server and other beans,
 * what the starter's beans load at start-up and keep for good: the catalogue of built-in
 * providers; the JDK's default TLS context (its trust store) and Apache HttpClient's public
 * suffix list, which building the provider client loads; and the JSON support of nimbus-jose-jwt,
 * which the JWT keys' ids need. Each is cached where it is made (a class's initialization, the
 * JDK's trust store cache, Apache's loader), and a bean that needs one before it is ready waits
 * for it rather than making it again, so all of it is done before the application is ready.
 * Nothing here is a bean, and a failure here is left for the bean that needs the thing to report.
 * <p>
 * Like Boot's own background pre-initialization, it is skipped on a single CPU, in a native image
 * and with {@code -Dspring.backgroundpreinitializer.ignore=true}.
 */
final class RestSocialPreinitializer implements BeanFactoryPostProcessor {

	private static final String IGNORE = "spring.backgroundpreinitializer.ignore";

	private static final String HTTP_COMPONENTS_PSL = "org.apache.hc.client5.http.psl.PublicSuffixMatcherLoader";

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		if (NativeDetector.inNativeImage() || Boolean.getBoolean(IGNORE)
				|| Runtime.getRuntime().availableProcessors() <= 1) {
			return;
		}
		ClassLoader classLoader = beanFactory.getBeanClassLoader();
		Thread thread = new Thread(() -> preinitialize(classLoader), "rest-social-preinit");
		thread.setDaemon(true);
		thread.start();
	}

	static void preinitialize(ClassLoader classLoader) {
		try {
			BuiltInProviders.oauth2();
			// What Apache's and the JDK's clients build by default; the JDK keeps the trust store it reads.
			SSLContext.getInstance("TLS").init(null, null, null);
			if (ClassUtils.isPresent(HTTP_COMPONENTS_PSL, classLoader)) {
				PublicSuffixMatcherLoader.getDefault();
			}
			JSONObjectUtils.toJSONString(Map.of("kty", "oct"));
		}
		catch (Exception | LinkageError ex) {
			// The bean that needs what failed here makes it again, and reports it.
		}
	}

}
