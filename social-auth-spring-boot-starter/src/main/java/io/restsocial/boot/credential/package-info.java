/**
 * Credential issuing: what a successful login hands back besides (or instead of) the user.
 */
package io.restsocial.boot.credential;
