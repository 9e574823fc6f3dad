/**
 * The user pipeline: ordered, small steps over one {@link io.restsocial.core.pipeline.AuthContext},
 * in python-social-auth's default order.
 */
package io.restsocial.core.pipeline;
