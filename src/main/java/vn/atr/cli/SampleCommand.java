package vn.atr.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.atr.domain.Messages;
import vn.atr.service.Services;

@Command(name = "sample", description = "Nạp dữ liệu mẫu Hải Phòng 2023 (chỉ một lần), hoặc một bộ tệp CSV cùng dạng (--dir); gỡ dữ liệu mẫu đã nạp (--remove).")
final class SampleCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--dir", paramLabel = "FOLDER",
            description = "Thư mục chứa các tệp CSV UTF-8 theo dạng samples/haiphong-2023 (activities.csv, cases.csv, ...).")
    Path dir;

    @Option(names = "--remove",
            description = "Gỡ dữ liệu mẫu Hải Phòng 2023 khỏi tệp dữ liệu: xóa các bản ghi mẫu, giữ các bản ghi đã tự nhập.")
    boolean remove;

    @Override
    public Integer call() {
        if (remove) {
            if (dir != null) {
                throw new UsageException(Messages.get("cli.sample.removeDir"));
            }
            try (Services s = store.open()) {
                System.out.println(s.sample().removeHaiPhong2023().describe("haiphong-2023"));
                System.out.println(Messages.get("sample.removedNext"));
            }
            return 0;
        }
        if (dir != null && !java.nio.file.Files.isDirectory(dir)) { // said before a new store is made for nothing
            throw new CliFailure(Messages.get("sample.noFolder", dir));
        }
        try (Services s = store.openOrCreate()) {
            int n = dir == null ? s.sample().loadHaiPhong2023() : s.sample().loadFolder(dir);
            System.out.println(Messages.get("sample.loaded", dir == null ? "haiphong-2023" : dir.toString(), n));
        }
        return 0;
    }
}
