/**
 * The one HTTP client every provider call goes through, with its JSON and form parsing.
 */
package io.restsocial.core.http;
