/**
 * The single entry point of a login: {@link io.restsocial.core.login.SocialAuthenticator}.
 */
package io.restsocial.core.login;
