/**
 * A user's linked social accounts: listing and disconnecting them.
 */
package io.restsocial.core.account;
