/**
 * OAuth 2.0 providers: their declarative definitions, the authorization-code exchange and the
 * user-info fetch.
 */
package io.restsocial.core.oauth2;
