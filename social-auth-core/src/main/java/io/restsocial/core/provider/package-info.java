/**
 * The provider model: declarative definitions, their registrations (keys and endpoint overrides),
 * and the registry of configured providers.
 */
package io.restsocial.core.provider;
