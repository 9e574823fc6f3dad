/**
 * Auto-configuration and the {@code rest.social.*} properties.
 */
package io.restsocial.boot.autoconfigure;
