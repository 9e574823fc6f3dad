/**
 * Login state: signed, expiring, single-use {@code state} values (with an OIDC {@code nonce} and
 * a PKCE verifier kept on the server), and PKCE itself.
 */
package io.restsocial.core.state;
