/**
 * Stored credentials that the database keeps for a user.
 */
package io.restsocial.core.token;
