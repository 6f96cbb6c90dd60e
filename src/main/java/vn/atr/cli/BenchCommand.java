package vn.atr.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.atr.bench.ExchangeBenchmark;
import vn.atr.bench.ReportBenchmark;
import vn.atr.bench.SecurityBenchmark;
import vn.atr.bench.StoreBenchmark;
import vn.atr.bench.BenchFolder;
import vn.atr.bench.StartupBench;
import vn.atr.bench.UiBench;

/** {@code atr bench ...}: benchmarks on generated data; they print figures and assert nothing. */
@Command(name = "bench", description = "Đo hiệu năng trên dữ liệu sinh ra.",
        subcommands = {BenchCommand.Store.class, BenchCommand.Report.class, BenchCommand.Security.class,
                BenchCommand.Ui.class, BenchCommand.Exchange.class, BenchCommand.Backup.class,
                BenchCommand.Startup.class, BenchCommand.Scale.class, BenchCommand.Concurrent.class})
final class BenchCommand {

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Sao lưu trực tuyến tệp 1.000.000 hoạt động so với chép tệp + fsync (mức sàn).")
    static final class Backup implements Callable<Integer> {
        @Option(names = "--activities", paramLabel = "N", defaultValue = "1000000", description = "Số hoạt động (mặc định 1.000.000).")
        int activities;

        @Option(names = "--dir", paramLabel = "FOLDER", description = "Thư mục cho các tệp đo (mặc định: thư mục tạm của hệ thống).")
        Path dir;

        @Override
        public Integer call() throws Exception {
            return BenchFolder.run(dir, folder -> new vn.atr.bench.BackupBenchmark(System.out).run(activities, folder));
        }
    }

    @Command(name = "store", description = "Tốc độ ghi 1.000.000 hoạt động và thời gian tổng hợp cả năm.")
    static final class Store implements Callable<Integer> {
        @Option(names = "--activities", paramLabel = "N", defaultValue = "1000000", description = "Số hoạt động (mặc định 1.000.000).")
        int activities;

        @Option(names = "--dir", paramLabel = "FOLDER", description = "Thư mục tạm cho các tệp đo (mặc định: thư mục tạm của hệ thống).")
        Path dir;

        @Override
        public Integer call() throws Exception {
            return BenchFolder.run(dir, folder -> new StoreBenchmark(System.out).run(activities, folder));
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true, description = "Thời gian lập báo cáo năm cấp thành phố (.docx, .xlsx) so với mức sàn của POI.")
    static final class Report implements Callable<Integer> {
        @Option(names = "--activities", paramLabel = "N", defaultValue = "100000", description = "Số hoạt động (mặc định 100.000).")
        int activities;

        @Option(names = "--cases", paramLabel = "N", defaultValue = "2000", description = "Số vụ việc (mặc định 2.000).")
        int cases;

        @Option(names = "--rounds", paramLabel = "N", defaultValue = "6", description = "Số lần chạy (lần đầu là lần lạnh).")
        int rounds;

        @Option(names = "--indicators", defaultValue = "0", paramLabel = "N",
                description = "Số chỉ số thêm vào danh mục, mỗi chỉ số có số liệu trong năm (mặc định 0).")
        int indicators;

        @Option(names = "--dir", paramLabel = "FOLDER", description = "Thư mục tạm cho các tệp đo (mặc định: thư mục tạm của hệ thống).")
        Path dir;

        @Override
        public Integer call() throws Exception {
            return BenchFolder.run(dir,
                    folder -> new ReportBenchmark(System.out).run(activities, cases, Math.max(2, rounds), folder,
                            indicators));
        }
    }

    @Command(name = "security", mixinStandardHelpOptions = true, description = "Thời gian đăng nhập, giải mã 10.000 nạn nhân, chi phí nhật ký thao tác khi ghi.")
    static final class Security implements Callable<Integer> {
        @Option(names = "--victims", paramLabel = "N", defaultValue = "10000", description = "Số nạn nhân có thông tin nhận dạng (mặc định 10.000).")
        int victims;

        @Option(names = "--activities", paramLabel = "N", defaultValue = "200000", description = "Số hoạt động để đo nhật ký (mặc định 200.000).")
        int activities;

        @Option(names = "--dir", paramLabel = "FOLDER", description = "Thư mục tạm cho các tệp đo (mặc định: thư mục tạm của hệ thống).")
        Path dir;

        @Override
        public Integer call() throws Exception {
            return BenchFolder.run(dir, folder -> new SecurityBenchmark(System.out).run(victims, activities, folder));
        }
    }

    @Command(name = "ui", mixinStandardHelpOptions = true, description = "Khởi động cửa sổ (có và không có AppCDS), mở danh sách hoạt động và đổi kỳ báo cáo trên 100.000 hoạt động.")
    static final class Ui implements Callable<Integer> {
        @Option(names = "--activities", paramLabel = "N", defaultValue = "100000", description = "Số hoạt động (mặc định 100.000).")
        int activities;

        @Option(names = "--dir", paramLabel = "FOLDER", description = "Thư mục tạm cho các tệp đo (mặc định: thư mục tạm của hệ thống).")
        Path dir;

        @Override
        public Integer call() throws Exception {
            return BenchFolder.run(dir, folder -> new UiBench(System.out).run(activities, folder));
        }
    }

    @Command(name = "startup", mixinStandardHelpOptions = true,
            description = "Tiến trình mới atr --version và atr report trên dữ liệu mẫu, chạy xen kẽ, có và không có AppCDS: thời gian thực, CPU và tỉ lệ.")
    static final class Startup implements Callable<Integer> {
        @Option(names = "--runs", paramLabel = "N", defaultValue = "7", description = "Số lần chạy mỗi lệnh (mặc định 7).")
        int runs;

        @Option(names = "--archive", paramLabel = "FILE",
                description = "Tệp AppCDS để so sánh (mặc định: tệp đang dùng, hoặc atr.jsa cạnh tệp jar).")
        Path archive;

        @Option(names = "--make-archive", description = "Không có tệp AppCDS thì tạo một tệp từ atr --version và atr report.")
        boolean makeArchive;

        @Option(names = "--dir", paramLabel = "FOLDER", description = "Thư mục cho các tệp đo (mặc định: thư mục tạm của hệ thống).")
        Path dir;

        @Override
        public Integer call() throws Exception {
            return BenchFolder.run(dir, folder -> new StartupBench(System.out).run(Math.max(1, runs),
                    java.util.Optional.ofNullable(archive), makeArchive, folder));
        }
    }

    @Command(name = "exchange", mixinStandardHelpOptions = true,
            description = "Xuất 100.000 bản ghi; kiểm tra và gộp 114 gói 1.000 bản ghi vào một tệp dữ liệu; bộ nhớ heap cao nhất.")
    static final class Exchange implements Callable<Integer> {
        @Option(names = "--records", paramLabel = "N", defaultValue = "100000", description = "Số bản ghi xuất (mặc định 100.000).")
        int records;

        @Option(names = "--per-package", paramLabel = "N", defaultValue = "1000", description = "Số bản ghi mỗi gói (mặc định 1.000).")
        int perPackage;

        @Option(names = "--dir", paramLabel = "FOLDER", description = "Thư mục tạm cho các tệp đo (mặc định: thư mục tạm của hệ thống).")
        Path dir;

        @Option(names = "--xlsx-only", description = "Chỉ đo nhập tệp .xlsx 100.000 dòng (ví dụ chạy với java -Xmx256m).")
        boolean xlsxOnly;

        @Override
        public Integer call() throws Exception {
            return BenchFolder.run(dir, folder -> {
                if (xlsxOnly) {
                    new ExchangeBenchmark(System.out).xlsx(folder, ExchangeBenchmark.XLSX_ROWS);
                } else {
                    new ExchangeBenchmark(System.out).run(records, perPackage, folder);
                    xlsxInCappedJvm(folder);
                }
            });
        }

        /**
         * The workbook import in a JVM whose heap is capped at the goal's 256 MB: a peak measured in this
         * JVM (which may grow to a quarter of the RAM) counts garbage G1 has not collected yet. It gets this
         * JVM's own options (the installed launcher's compiler choice, its archive), so that run from the
         * installed app it measures what the app does.
         */
        private static void xlsxInCappedJvm(Path folder) throws Exception {
            List<String> inherited = ChildJvm.inheritedOptions(ChildJvm.jvmArguments());
            List<String> options = new java.util.ArrayList<>(List.of("-Xmx256m"));
            options.addAll(inherited);
            List<String> command = ChildJvm.command(options, List.of("bench", "exchange", "--xlsx-only", "--dir",
                    folder.toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            System.out.println("  (in a JVM with -Xmx256m"
                    + (inherited.isEmpty() ? "" : " " + String.join(" ", inherited)) + ")");
            p.getInputStream().transferTo(System.out);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("xlsx bench exited with " + p.exitValue());
            }
        }
    }

    @Command(name = "scale", mixinStandardHelpOptions = true,
            description = "Tổng hợp toàn quốc: kho tổng hợp nhận gói của 3.321 xã x 1.000 hoạt động, tổng hợp cả năm, báo cáo"
                    + " toàn quốc, trên SQLite và PostgreSQL trong một lần chạy; so với mức sàn ghi thuần vào bảng trơn"
                    + " (JDBC theo lô, COPY) và, ở lần nhập cuối, với chính cơ sở dữ liệu ghi lại các dòng đó vào bảng"
                    + " các phần.")
    static final class Scale implements Callable<Integer> {
        @Option(names = "--communes", paramLabel = "N", defaultValue = "3321", description = "Số xã gửi gói (mặc định 3.321).")
        int communes;

        @Option(names = "--per-commune", paramLabel = "N", defaultValue = "1000", description = "Số hoạt động mỗi xã (mặc định 1.000).")
        int perCommune;

        @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "both",
                converter = EngineConverter.class,
                description = "Cơ sở dữ liệu đo: sqlite, postgresql hoặc both (mặc định both).")
        vn.atr.bench.ScaleBenchmark.Engine engine;

        @Option(names = "--pg", paramLabel = "URL", description = PG_OPTION)
        String pg;

        @Option(names = "--dir", paramLabel = "FOLDER", description = "Thư mục tạm cho các tệp đo (mặc định: thư mục tạm của hệ thống).")
        Path dir;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (communes < 1 || perCommune < 1) {
                throw new UsageException(vn.atr.domain.Messages.get("cli.bench.scale.size"));
            }
            // Run from the installed app, the roll-up is measured as an `atr import` of its packages runs (ADR 0207).
            java.util.OptionalInt child = LongJob.runInChild((long) communes * perCommune
                    * LongJob.PACKAGE_BYTES_PER_ACTIVITY, spec.root().commandLine().getParseResult().originalArgs());
            if (child.isPresent()) {
                return child.getAsInt();
            }
            return BenchFolder.run(dir, folder -> new vn.atr.bench.ScaleBenchmark(System.out).run(engine, communes,
                    perCommune, folder, pg));
        }
    }

    private static final String PG_OPTION = "Máy chủ PostgreSQL để đo (postgresql://MÁY:CỔNG/postgres; tài khoản từ"
            + " ATR_DB_USER, ATR_DB_PASSWORD_FILE hoặc pgpass, được tạo cơ sở dữ liệu): bài đo tạo rồi xóa cơ sở dữ liệu"
            + " riêng của nó. Mặc định: một cụm tạm khởi động từ bản PostgreSQL cài trên máy.";

    @Command(name = "concurrent", mixinStandardHelpOptions = true,
            description = "Năm phiên cùng lúc trên một kho PostgreSQL: hai người nhập, hai người gộp gói, một người lập"
                    + " báo cáo; số bản ghi phải có và có thật, khóa chết, thời gian báo cáo khi một mình và khi tải.")
    static final class Concurrent implements Callable<Integer> {
        @Option(names = "--base-communes", paramLabel = "N", defaultValue = "332",
                description = "Số xã có sẵn dữ liệu cả năm trong kho trước khi đo (mặc định 332).")
        int baseCommunes;

        @Option(names = "--per-commune", paramLabel = "N", defaultValue = "1000",
                description = "Số hoạt động mỗi xã và mỗi gói (mặc định 1.000).")
        int perCommune;

        @Option(names = "--typed", paramLabel = "N", defaultValue = "500",
                description = "Số hoạt động mỗi người nhập lưu từng cái một (mặc định 500).")
        int typed;

        @Option(names = "--packages", paramLabel = "N", defaultValue = "20",
                description = "Số gói mỗi người gộp, mỗi gói một lần nhập (mặc định 20).")
        int packages;

        @Option(names = "--report-rounds", paramLabel = "N", defaultValue = "5",
                description = "Số lần lập báo cáo khi một mình (mặc định 5).")
        int reportRounds;

        @Option(names = "--pg", paramLabel = "URL", description = PG_OPTION)
        String pg;

        @Option(names = "--dir", paramLabel = "FOLDER", description = "Thư mục tạm cho các tệp đo (mặc định: thư mục tạm của hệ thống).")
        Path dir;

        @Override
        public Integer call() throws Exception {
            if (baseCommunes < 1 || perCommune < 1 || typed < 1 || packages < 1 || reportRounds < 1) {
                throw new UsageException(vn.atr.domain.Messages.get("cli.bench.concurrent.size"));
            }
            return BenchFolder.run(dir, folder -> new vn.atr.bench.ConcurrentBenchmark(System.out).run(
                    new vn.atr.bench.ConcurrentBenchmark.Size(baseCommunes, perCommune, typed, packages, reportRounds),
                    folder, pg));
        }
    }

    /** sqlite, postgresql or both, in any case. */
    static final class EngineConverter implements picocli.CommandLine.ITypeConverter<vn.atr.bench.ScaleBenchmark.Engine> {
        @Override
        public vn.atr.bench.ScaleBenchmark.Engine convert(String value) {
            try {
                return vn.atr.bench.ScaleBenchmark.Engine.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        vn.atr.domain.Messages.get("cli.bench.scale.engine", value));
            }
        }
    }
}
