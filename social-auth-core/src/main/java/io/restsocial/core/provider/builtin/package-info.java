/**
 * The built-in provider definitions, one small class each, listed in
 * {@link io.restsocial.core.provider.builtin.BuiltInProviders}.
 */
package io.restsocial.core.provider.builtin;
