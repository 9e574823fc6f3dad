/**
 * Spring Security integration: the credentials rest-social-auth issues authenticate the
 * application's own endpoints.
 */
package io.restsocial.boot.security;
