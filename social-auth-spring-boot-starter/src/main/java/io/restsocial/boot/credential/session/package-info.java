/**
 * The session credential kind: the login that saves the user in the HTTP session, and the CSRF
 * token endpoint it needs.
 */
package io.restsocial.boot.credential.session;
