/**
 * JSON Web Tokens: the keys that sign them, issuing and verifying access, refresh and sliding
 * tokens, and the endpoints that refresh, verify and revoke them.
 */
package io.restsocial.boot.jwt;
