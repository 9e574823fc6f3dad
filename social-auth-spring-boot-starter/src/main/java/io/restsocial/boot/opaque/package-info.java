/**
 * Opaque tokens: their credential issuer, their request authentication and the logout endpoints.
 */
package io.restsocial.boot.opaque;
