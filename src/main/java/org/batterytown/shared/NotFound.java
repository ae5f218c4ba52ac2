package org.batterytown.shared;

/**
 * Something asked for does not exist, or lies outside the actor's data scope: both answer the same,
 * so that a scope never reveals what exists beyond it.
 */
public class NotFound extends RuntimeException {

	private final String kind;

	public NotFound(String kind, Object id) {
		super(kind + " " + id + " not found");
		this.kind = kind;
	}

	/** The kind of thing, e.g. "project", for the message shown to users. */
	public String kind() {
		return kind;
	}

}
