package vn.atr.bench;

/**
 * A daemon thread that runs a reading every few milliseconds until interrupted: the benches' way of watching what
 * has no event of its own (the heap in use, another thread's CPU time, which can only be read while it lives).
 */
final class Sampler {
    private Sampler() {
    }

    static Thread start(String name, long periodMillis, Runnable reading) {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                reading.run();
                try {
                    Thread.sleep(periodMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
