package vn.atr.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.atr.domain.access.Role;
import vn.atr.domain.access.UserAccount;
import vn.atr.domain.Messages;
import vn.atr.domain.VnFormats;
import vn.atr.service.Services;

/** {@code atr user add|list|passwd|disable|enable|confirm|recover}: the administrator's user management. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Quản lý người dùng.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Passwd.class,
                UserCommand.ChangeRole.class, UserCommand.Disable.class, UserCommand.Enable.class, UserCommand.Confirm.class,
                UserCommand.Recover.class})
final class UserCommand {

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Thêm người dùng (quản trị viên).")
    static final class Add implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Parameters(index = "0", paramLabel = "NAME", description = "Tên đăng nhập của người dùng mới.")
        String name;
        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "Vai trò: COMMUNE_STAFF, COMPILER, MANAGER hoặc ADMINISTRATOR.")
        Role role;
        @Option(names = "--unit", paramLabel = "CODE", description = "Mã hoặc tên đơn vị (bắt buộc với COMMUNE_STAFF; tra mã: atr units).")
        String unit;
        @Option(names = "--new-password-file", required = true, paramLabel = "FILE",
                description = "Tệp chứa mật khẩu của người dùng mới ở dòng đầu.")
        Path newPasswordFile;

        @Override
        public Integer call() {
            return withNewPassword(store, newPasswordFile, (s, password) -> {
                s.users().add(name, role, UnitArgument.resolve(s, unit), password);
                return Messages.get("user.cli.added", name, Messages.get("role." + role.name()));
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Liệt kê người dùng.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Override
        public Integer call() {
            try (Services s = store.open()) {
                java.util.List<String> unconfirmed = s.users().needingConfirmation();
                java.util.List<UserAccount> users = s.users().list();
                if (users.isEmpty()) {
                    System.out.println(Messages.get("user.cli.none"));
                }
                java.util.Map<String, String> unitNames = s.reference().unitNames();
                java.util.List<String[]> rows = new java.util.ArrayList<>();
                for (UserAccount u : users) {
                    String unit = u.unitCode() == null ? "" : unitNames.getOrDefault(u.unitCode(), "") + " (" + u.unitCode() + ")";
                    rows.add(new String[] {u.name(), Messages.get("role." + u.role().name()) + " (" + u.role() + ")",
                            unit.strip(), Messages.get(u.disabled() ? "user.cli.disabled" : "user.cli.active")
                            + (u.lockedUntil() == null ? ""
                                    : " " + Messages.get("user.cli.lockedUntil", VnFormats.dateTime(u.lockedUntil())))
                            + (unconfirmed.contains(u.name()) ? " " + Messages.get("user.needsConfirmation") : "")});
                }
                Columns.print(rows);
            }
            return 0;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Đổi mật khẩu (của mình, hoặc của người khác nếu là quản trị viên).")
    static final class Passwd implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Parameters(index = "0", paramLabel = "NAME", description = "Tên đăng nhập cần đổi mật khẩu.")
        String name;
        @Option(names = "--new-password-file", required = true, paramLabel = "FILE",
                description = "Tệp chứa mật khẩu mới ở dòng đầu.")
        Path newPasswordFile;

        @Override
        public Integer call() {
            return withNewPassword(store, newPasswordFile, (s, password) -> {
                s.users().changePassword(name, password);
                return Messages.get("user.cli.passwordChanged", name);
            });
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true,
            description = "Đổi vai trò (và đơn vị) của người dùng, kèm mật khẩu mới (quản trị viên).")
    static final class ChangeRole implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Parameters(index = "0", paramLabel = "NAME", description = "Tên đăng nhập cần đổi vai trò.")
        String name;
        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "Vai trò mới: COMMUNE_STAFF, COMPILER, MANAGER hoặc ADMINISTRATOR.")
        Role role;
        @Option(names = "--unit", paramLabel = "CODE", description = "Mã hoặc tên đơn vị (bắt buộc với COMMUNE_STAFF; tra mã: atr units).")
        String unit;
        @Option(names = "--new-password-file", required = true, paramLabel = "FILE",
                description = "Tệp chứa mật khẩu mới của người dùng ở dòng đầu (khóa dữ liệu được gói lại theo vai trò mới).")
        Path newPasswordFile;

        @Override
        public Integer call() {
            return withNewPassword(store, newPasswordFile, (s, password) -> {
                s.users().changeRole(name, role, UnitArgument.resolve(s, unit), password);
                return Messages.get("user.cli.roleChanged", name, Messages.get("role." + role.name()));
            });
        }
    }

    /**
     * Runs {@code action} with the password read from {@code file} on the opened store, prints what it says, and
     * wipes the password whatever happens: the commands that give an account a new password.
     */
    private static int withNewPassword(StoreOption store, Path file,
                                       java.util.function.BiFunction<Services, char[], String> action) {
        char[] password = PasswordInput.fromFile(file);
        try (Services s = store.open()) {
            System.out.println(action.apply(s, password));
        } finally {
            Arrays.fill(password, '\0');
        }
        return 0;
    }

    /** A command on one named account, run by the logged-in administrator. */
    abstract static class OnAccount implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Parameters(index = "0", paramLabel = "NAME", description = "Tên đăng nhập cần khóa.")
        String name;

        abstract void apply(Services s);

        abstract String done();

        @Override
        public Integer call() {
            try (Services s = store.open()) {
                apply(s);
                System.out.println(done());
            }
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Khóa tài khoản (quản trị viên).")
    static final class Disable extends OnAccount {
        @Override
        void apply(Services s) {
            s.users().disable(name);
        }

        @Override
        String done() {
            return Messages.get("user.cli.disabledDone", name);
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Mở lại tài khoản đã khóa (quản trị viên).")
    static final class Enable extends OnAccount {
        @Override
        void apply(Services s) {
            s.users().enable(name);
        }

        @Override
        String done() {
            return Messages.get("user.enabled", name);
        }
    }

    @Command(name = "confirm", mixinStandardHelpOptions = true,
            description = "Xác nhận tài khoản bị sửa ngoài ATR sau khi đã kiểm tra vai trò, đơn vị (quản trị viên).")
    static final class Confirm extends OnAccount {
        @Override
        void apply(Services s) {
            s.users().confirm(name);
        }

        @Override
        String done() {
            return Messages.get("user.confirmed", name);
        }
    }

    @Command(name = "recover", mixinStandardHelpOptions = true, description = "Đặt lại mật khẩu bằng khóa khôi phục (không cần đăng nhập).")
    static final class Recover implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Parameters(index = "0", paramLabel = "NAME", description = "Tên đăng nhập cần đặt lại mật khẩu.")
        String name;
        @Option(names = "--recovery-key-file", required = true, paramLabel = "FILE",
                description = "Tệp chứa khóa khôi phục (in ra một lần khi tạo quản trị viên đầu tiên).")
        Path recoveryKeyFile;
        @Option(names = "--new-password-file", required = true, paramLabel = "FILE",
                description = "Tệp chứa mật khẩu mới ở dòng đầu.")
        Path newPasswordFile;

        @Override
        public Integer call() {
            char[] password = PasswordInput.fromFile(newPasswordFile);
            char[] key = PasswordInput.fromFile(recoveryKeyFile);
            try (Services s = store.openWithoutLogin()) {
                s.auth().recover(name, new String(key), password);
                System.out.println(Messages.get("user.cli.recovered", name));
            } finally {
                Arrays.fill(password, '\0');
                Arrays.fill(key, '\0');
            }
            return 0;
        }
    }
}
