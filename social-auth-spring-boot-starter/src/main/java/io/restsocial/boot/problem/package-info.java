/**
 * rest-social-auth's error codes, their HTTP statuses, and the problem bodies every error answer carries.
 */
package io.restsocial.boot.problem;
