/**
 * The start-up bench: the starter's app started in child JVMs, with and without the starter's
 * auto-configurations, and where the starter's part of the start-up goes.
 */
package io.restsocial.benchmarks.startup;
