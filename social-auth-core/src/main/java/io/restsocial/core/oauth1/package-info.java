/**
 * OAuth 1.0a: RFC 5849 signatures, the two-step flow, and the store that keeps request-token
 * secrets between the steps.
 */
package io.restsocial.core.oauth1;
