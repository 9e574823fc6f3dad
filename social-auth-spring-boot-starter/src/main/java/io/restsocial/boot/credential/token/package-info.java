/**
 * The stored token kind: one token per user, as DRF's authtoken, sent as
 * {@code Authorization: Token <t>}.
 */
package io.restsocial.boot.credential.token;
