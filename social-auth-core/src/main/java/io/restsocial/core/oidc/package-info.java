/**
 * OpenID Connect: discovery, a cached JWK set, and ID token validation.
 */
package io.restsocial.core.oidc;
