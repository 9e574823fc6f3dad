/**
 * Login state: signed, expiring, single-use {@code state} values, bound to the browser that
 * asked for them, from which the server derives the OIDC {@code nonce} and a PKCE verifier; and
 * PKCE itself.
 */
package io.restsocial.core.state;
