package io.restsocial.boot.autoconfigure;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.SSLContext;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.restsocial.core.provider.builtin.BuiltInProviders;
import org.apache.hc.client5.http.psl.PublicSuffixMatcherLoader;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.NativeDetector;
import org.springframework.util.ClassUtils;

/**
 * Makes, on a background thread, what the starter's beans and the first login load and keep for
 * good. While the context creates its web server and other beans: the catalogue of built-in
 * providers, which the provider registry needs at start-up. Once the application is ready: the
 * JSON support of nimbus-jose-jwt (for login states and the JWT codec's headers), the JDK's
 * default TLS context (its trust store) and Apache HttpClient's public suffix list, which the
 * provider client loads, then what the starter's beans hand it ({@link #afterReady}): the provider
 * client's pool, the JWT signer and verifiers, each provider's token client and ID token decoder;
 * they are not the start's work (issue 9). Each is cached where it is made (a class's
 * initialization, the JDK's trust store cache, Apache's loader), and a caller that needs one
 * before it is ready waits for it rather than making it again. Nothing here is a bean of the
 * application's, and a failure here is left for the code that needs the thing to report.
 * <p>
 * Like Boot's own background pre-initialization, it is skipped on a single CPU, in a native image
 * and with {@code -Dspring.backgroundpreinitializer.ignore=true}.
 */
final class RestSocialPreinitializer implements BeanFactoryPostProcessor, ApplicationListener<ApplicationReadyEvent> {

	private static final String IGNORE = "spring.backgroundpreinitializer.ignore";

	private static final String HTTP_COMPONENTS_PSL = "org.apache.hc.client5.http.psl.PublicSuffixMatcherLoader";

	private final List<Runnable> afterReady = new CopyOnWriteArrayList<>();

	private volatile ClassLoader classLoader;

	/**
	 * Do something once the application is ready, on the background thread; not at all when
	 * background pre-initialization is off, when whoever needs it does it.
	 * @param task what to do; a failure is left for the code that needs it to report
	 */
	void afterReady(Runnable task) {
		this.afterReady.add(task);
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		if (isEnabled()) {
			this.classLoader = beanFactory.getBeanClassLoader();
			start("rest-social-preinit", RestSocialPreinitializer::preinitialize);
		}
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		ClassLoader loader = this.classLoader;
		if (loader != null) {
			start("rest-social-first-login-preinit", () -> {
				preinitializeFirstLogin(loader);
				for (Runnable task : this.afterReady) {
					run(task);
				}
			});
		}
	}

	private static boolean isEnabled() {
		return !NativeDetector.inNativeImage() && !Boolean.getBoolean(IGNORE)
				&& Runtime.getRuntime().availableProcessors() > 1;
	}

	private static void start(String name, Runnable work) {
		Thread thread = new Thread(work, name);
		thread.setDaemon(true);
		thread.start();
	}

	private static void run(Runnable task) {
		try {
			task.run();
		}
		catch (RuntimeException | LinkageError ex) {
			// Whoever needs it makes it again, and reports it.
		}
	}

	static void preinitialize() {
		try {
			BuiltInProviders.oauth2();
		}
		catch (Exception | LinkageError ex) {
			// The bean that needs what failed here makes it again, and reports it.
		}
	}

	static void preinitializeFirstLogin(ClassLoader classLoader) {
		try {
			// nimbus's JSON support (a shaded Gson), which signed login states and the JWT codec use.
			JSONObjectUtils.toJSONString(Map.of("kty", "oct"));
			// What Apache's and the JDK's clients build by default; the JDK keeps the trust store it reads.
			SSLContext.getInstance("TLS").init(null, null, null);
			if (ClassUtils.isPresent(HTTP_COMPONENTS_PSL, classLoader)) {
				PublicSuffixMatcherLoader.getDefault();
			}
		}
		catch (Exception | LinkageError ex) {
			// The first login makes it again, and reports it.
		}
	}

}
