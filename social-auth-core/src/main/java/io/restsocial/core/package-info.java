/**
 * Protocol and pipeline of rest-social-auth: providers, code exchange, the user pipeline and
 * storage SPIs, with no web framework and no Spring Boot.
 */
package io.restsocial.core;
