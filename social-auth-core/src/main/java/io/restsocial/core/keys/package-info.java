/**
 * Reading keys from PEM.
 */
package io.restsocial.core.keys;
