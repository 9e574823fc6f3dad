/**
 * A demo OAuth 2.0 provider served by the example app itself, so that a login works with no
 * account anywhere. It is a stand-in for a real provider, not a provider to deploy.
 */
package io.restsocial.example.demo;
