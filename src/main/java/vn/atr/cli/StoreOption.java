package vn.atr.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.atr.service.DataFolder;
import vn.atr.service.Services;

/** The {@code --db FILE} option every command takes. */
public final class StoreOption {
    @Option(names = "--db", paramLabel = "FILE",
            description = "Tệp dữ liệu SQLite (mặc định: atr.db trong thư mục dữ liệu của người dùng).")
    Path db;

    public Path file() {
        return db != null ? db : DataFolder.defaultStore();
    }

    public Services open() {
        return Services.open(file());
    }
}
