package vn.atr.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.atr.domain.Messages;
import vn.atr.service.Services;

@Command(name = "init", description = "Tạo mới hoặc nâng cấp tệp dữ liệu.")
final class InitCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (Services s = store.openOrCreate()) {
            System.out.println(Messages.get("cli.storeReady", s.storeAddress()));
        }
        return 0;
    }
}
