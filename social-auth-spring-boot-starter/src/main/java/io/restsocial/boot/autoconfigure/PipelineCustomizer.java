package io.restsocial.boot.autoconfigure;

import io.restsocial.core.pipeline.Pipeline;

/**
 * Changes the pipeline that the starter builds from {@code rest.social.pipeline.*}: declare one
 * as a bean to add, replace or remove steps while keeping what the properties turn on. Declaring
 * a {@link Pipeline} bean instead replaces the starter's pipeline, properties included.
 * <pre class="code">
 * &#64;Bean
 * PipelineCustomizer avatars(AvatarStore store) {
 *     return (pipeline) -&gt; pipeline.addAfter(UserDetailsStep.class, new SaveAvatarStep(store));
 * }
 * </pre>
 * Customizers run in {@link org.springframework.core.annotation.Order @Order}, after the
 * properties' steps are in place.
 */
@FunctionalInterface
public interface PipelineCustomizer {

	/**
	 * Customize the pipeline.
	 * @param pipeline the builder of the starter's pipeline
	 */
	void customize(Pipeline.Builder pipeline);

}
