/**
 * JMH benchmarks: JWT issue and verify, and token authentication with its database lookup.
 */
package io.restsocial.benchmarks;
