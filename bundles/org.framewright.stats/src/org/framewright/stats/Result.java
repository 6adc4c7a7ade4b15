package org.framewright.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a computation gives back: its value, unless an error stopped it, and every problem it met on the way.
 * The engine reports bad data and impossible computations here instead of throwing.
 */
public final class Result<T> {

	private final T value;
	private final List<Problem> problems;

	private Result(T value, List<Problem> problems) {
		this.value = value;
		this.problems = List.copyOf(problems);
	}

	/** A value, with the warnings met on the way; an error among the problems withholds the value. */
	public static <T> Result<T> of(T value, List<Problem> problems) {
		boolean failed = problems.stream().anyMatch(Problem::isError);
		return new Result<>(failed ? null : value, problems);
	}

	/** A value and no problems. */
	public static <T> Result<T> ok(T value) {
		return new Result<>(value, List.of());
	}

	/** No value, for these problems (at least one of them an error). */
	public static <T> Result<T> failed(List<Problem> problems) {
		return new Result<>(null, problems);
	}

	/** No value, for one error. */
	public static <T> Result<T> failed(Problem error) {
		return new Result<>(null, List.of(error));
	}

	/** Whether a value was computed. */
	public boolean isOk() {
		return value != null;
	}

	public Optional<T> value() {
		return Optional.ofNullable(value);
	}

	/** The value; a caller that has not checked {@link #isOk()} gets the problems in the exception's message. */
	public T get() {
		if (value == null) {
			throw new IllegalStateException("no result: " + problems);
		}
		return value;
	}

	public List<Problem> problems() {
		return problems;
	}

	public List<Problem> errors() {
		return problems.stream().filter(Problem::isError).toList();
	}

	/** Feeds the value into a next step; the problems of both steps are kept, in order. */
	public <U> Result<U> then(Function<? super T, Result<U>> next) {
		if (value == null) {
			return new Result<>(null, problems);
		}
		Result<U> after = next.apply(value);
		List<Problem> all = new ArrayList<>(problems);
		all.addAll(after.problems);
		return new Result<>(after.value, all);
	}

	@Override
	public String toString() {
		return (value == null ? "failed" : value.toString()) + (problems.isEmpty() ? "" : " " + problems);
	}
}
