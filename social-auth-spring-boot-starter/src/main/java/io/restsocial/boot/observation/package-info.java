/**
 * Observability of social logins: a Micrometer {@code Observation} around every login, the
 * provider calls' {@code http.client.requests} tagged with their provider, and Spring Security's
 * authentication events.
 */
package io.restsocial.boot.observation;
