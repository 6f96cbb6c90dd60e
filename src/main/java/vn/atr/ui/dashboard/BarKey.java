package vn.atr.ui.dashboard;

/** A bar of a dashboard chart: the code it stands for (to filter the list) and its label. */
public record BarKey(int order, String code, String label) implements Comparable<BarKey> {
    @Override
    public int compareTo(BarKey o) {
        return Integer.compare(order, o.order);
    }

    @Override
    public String toString() {
        return label;
    }
}
