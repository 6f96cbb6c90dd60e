package vn.atr.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.atr.domain.Messages;
import vn.atr.service.Services;

@Command(name = "init", description = "Tạo mới hoặc nâng cấp tệp dữ liệu.")
final class InitCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--rollup", description = "Làm kho tổng hợp (của tỉnh hoặc toàn quốc): hoạt động trong mỗi gói nhận"
            + " về thay toàn bộ hoạt động đã nhận của đơn vị gửi trong kỳ của gói. Chỉ với kho chưa có hoạt động.")
    boolean rollup;

    @Override
    public Integer call() {
        try (Services s = store.openOrCreate()) {
            if (rollup && !s.exchange().rollupStore()) {
                s.exchange().makeRollupStore();
            }
            System.out.println(Messages.get("cli.storeReady", s.storeAddress()));
            if (s.exchange().rollupStore()) {
                System.out.println(Messages.get("rollup.enabled", s.storeAddress()));
            }
        }
        return 0;
    }
}
