/**
 * The JWT kinds: access and refresh pairs and sliding tokens, sent as
 * {@code Authorization: Bearer <jwt>}, with their refresh, verify and blacklist companions.
 */
package io.restsocial.boot.credential.jwt;
