/**
 * The starter's endpoints described in an application's OpenAPI document, when it has springdoc.
 */
package io.restsocial.boot.openapi;
