package io.bella.system;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list the API answers, in the same form for every list: the items, which
 * page they are and how many items the whole list holds.
 *
 * @param <T> what the list holds
 * @param items this page's items
 * @param page the page, from 0
 * @param size the page size asked for; {@code items} holds fewer on the last page
 * @param total how many items the whole list holds
 */
public record Page<T>(List<T> items, int page, int size, long total) {

	public Page {
		items = List.copyOf(items);
	}

	public static <T> Page<T> of(List<T> items, Paging paging, long total) {
		return new Page<>(items, paging.page(), paging.size(), total);
	}

	/**
	 * The same page with each item turned into another form.
	 */
	public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
		return new Page<>(this.items.stream().<R>map(mapper).toList(), this.page, this.size, this.total);
	}

}
