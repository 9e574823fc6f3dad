/**
 * The opaque token kind, as django-rest-knox: many expiring tokens per user, stored as digests,
 * sent as {@code Authorization: Token <t>}, with their logout companions.
 */
package io.restsocial.boot.credential.opaque;
