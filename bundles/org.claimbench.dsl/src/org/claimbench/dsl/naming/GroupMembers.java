package org.claimbench.dsl.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.claimbench.model.claims.Actor;

/** A group's members as a reader sees them: the named ones, then those the statement implies without naming. */
public final class GroupMembers {

	/** What is shown for members the statement does not name ({@code = unnamed}). */
	public static final String UNNAMED = "(unnamed)";

	private GroupMembers() {
	}

	/** The members' names, with {@link #UNNAMED} last where the group has members it does not name. */
	public static String describe(Actor group, Function<Actor, String> name) {
		List<String> names = new ArrayList<>(group.getMembers().stream().map(name).toList());
		if (group.isUnnamedMembers()) {
			names.add(UNNAMED);
		}
		return String.join(", ", names);
	}
}
