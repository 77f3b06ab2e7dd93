package io.bella.system;

/**
 * Which page of a list a client asks for: pages are numbered from 0 and hold at most
 * {@value #MAX_SIZE} items, {@value #DEFAULT_SIZE} unless the client says otherwise.
 *
 * @param page the page, from 0
 * @param size how many items a page holds
 */
public record Paging(int page, int size) {

	/** The page size when a client gives none. */
	public static final int DEFAULT_SIZE = 50;

	/** The same, as annotations need it. */
	public static final String DEFAULT_SIZE_TEXT = "50";

	/** The largest page a client may ask for. */
	public static final int MAX_SIZE = 200;

	/**
	 * @throws InvalidRequestException when the page is negative or the size not between 1
	 * and {@value #MAX_SIZE}
	 */
	public Paging {
		if (page < 0) {
			throw new InvalidRequestException("page", "must be 0 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidRequestException("size", "must be between 1 and " + MAX_SIZE);
		}
	}

	/**
	 * How many items come before this page.
	 */
	public long offset() {
		return (long) this.page * this.size;
	}

}
