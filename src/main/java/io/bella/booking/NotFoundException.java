package io.bella.booking;

/**
 * Something asked for by id does not exist.
 */
public class NotFoundException extends RuntimeException {

	private final String kind;

	public NotFoundException(String kind, Object id) {
		super("No " + kind + " with id " + id + ".");
		this.kind = kind;
	}

	public String kind() {
		return this.kind;
	}

}
