/**
 * Demo providers served by the example app itself, {@code demo} over OAuth 2.0 (with PKCE) and
 * {@code demo-oauth1} over OAuth 1.0a, so that a login works with no account anywhere. They stand
 * in for real providers; they are not providers to deploy.
 */
package io.restsocial.example.demo;
