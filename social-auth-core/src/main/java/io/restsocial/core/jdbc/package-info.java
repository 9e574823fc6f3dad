/**
 * The default storage, on Spring's {@link org.springframework.jdbc.core.simple.JdbcClient}, with
 * schema scripts for H2 and PostgreSQL next to these classes ({@code schema-h2.sql},
 * {@code schema-postgresql.sql}). The schema is public API.
 */
package io.restsocial.core.jdbc;
