/**
 * The application's users and their linked social accounts, as SPIs the application may implement.
 */
package io.restsocial.core.user;
