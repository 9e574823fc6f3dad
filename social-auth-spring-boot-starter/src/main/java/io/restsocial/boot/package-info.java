/**
 * The Spring Boot side of rest-social-auth: auto-configuration, REST endpoints, credentials and
 * Spring Security integration.
 */
package io.restsocial.boot;
