package org.claimbench.reliability.jazzer;

/**
 * A property of the product that an input broke. Thrown out of a target, so that Jazzer keeps the
 * input as a finding just as it keeps one that made an exception escape.
 */
public final class BrokenProperty extends AssertionError {

	private static final long serialVersionUID = 1L;

	public BrokenProperty(String what) {
		super(what);
	}
}
