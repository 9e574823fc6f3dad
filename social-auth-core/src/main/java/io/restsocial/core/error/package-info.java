/**
 * The exceptions that end a login, each mapped to one HTTP status by the starter.
 */
package io.restsocial.core.error;
