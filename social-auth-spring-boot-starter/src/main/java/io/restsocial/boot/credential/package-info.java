/**
 * Credential issuing: what a successful login hands back besides (or instead of) the user. Each
 * credential kind is one package below this one, holding its issuer, the authenticator of its
 * {@code Authorization} header, and its auto-configuration; the login endpoints are the table
 * the issuer beans make ({@link io.restsocial.boot.credential.LoginEndpoints}).
 */
package io.restsocial.boot.credential;
