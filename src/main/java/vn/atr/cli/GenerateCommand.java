package vn.atr.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.atr.domain.Messages;
import vn.atr.service.DataGenerator;
import vn.atr.service.Services;

@Command(name = "generate", description = "Sinh dữ liệu giả lập xác định (cùng hạt giống, cùng dữ liệu) để kiểm thử.")
final class GenerateCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--units", paramLabel = "N", defaultValue = "114", description = "Số xã/phường (1-114).")
    int units;

    @Option(names = "--activities", paramLabel = "N", defaultValue = "1000", description = "Số hoạt động.")
    int activities;

    @Option(names = "--cases", paramLabel = "N", defaultValue = "20", description = "Số vụ việc.")
    int cases;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Hạt giống ngẫu nhiên.")
    long seed;

    @Option(names = "--year", paramLabel = "Y", defaultValue = "2025", description = "Năm báo cáo.")
    int year;

    @Override
    public Integer call() {
        try (Services s = store.openOrCreate()) {
            DataGenerator.Result r = s.generator().generate(new DataGenerator.Spec(units, activities, cases, seed, year));
            System.out.println(Messages.get("generate.done", r.activities(), r.metrics(), r.cases(), r.victims(),
                    r.support()));
        }
        return 0;
    }
}
