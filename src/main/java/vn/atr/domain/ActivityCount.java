package vn.atr.domain;

/** How many activities a filter matches and their participants: the size of the paged list. */
public record ActivityCount(long rows, long participants) {
}
