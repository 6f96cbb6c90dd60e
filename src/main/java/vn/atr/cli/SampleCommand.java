package vn.atr.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.atr.domain.Messages;
import vn.atr.service.Services;

@Command(name = "sample", description = "Nạp dữ liệu mẫu Hải Phòng 2023 (chỉ một lần).")
final class SampleCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (Services s = store.openOrCreate()) {
            int n = s.sample().loadHaiPhong2023();
            System.out.println(Messages.get("sample.loaded", "haiphong-2023", n));
        }
        return 0;
    }
}
