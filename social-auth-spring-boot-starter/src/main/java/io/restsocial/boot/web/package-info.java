/**
 * The REST endpoints and their error mapping.
 */
package io.restsocial.boot.web;
