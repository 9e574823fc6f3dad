/**
 * Partial logins: a login whose pipeline paused for more input, kept until it is completed.
 */
package io.restsocial.core.partial;
