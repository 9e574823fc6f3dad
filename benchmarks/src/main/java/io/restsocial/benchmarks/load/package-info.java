/**
 * The login load bench: a fake GitHub, a bare provider client as the floor, and the starter's app
 * in a child JVM under closed-loop load.
 */
package io.restsocial.benchmarks.load;
