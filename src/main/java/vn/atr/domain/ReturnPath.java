package vn.atr.domain;

/** How a victim came back. */
public enum ReturnPath {
    SELF_RETURNED, RESCUED, HANDED_OVER, NOT_RETURNED
}
