package org.claimbench.core.agreement;

/**
 * One agreement figure: over which statement ("pooled" for all together), between which coders,
 * what was measured, its value (NaN when no unit had two values) and on how many units.
 */
public record Measure(String statement, String coders, String name, double value, int units) {
}
