package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The store as a command the user is told to run names it again, so that it can be pasted into a shell. */
class StoreOptionTest {
    private static String argument(String db) {
        StoreOption o = new StoreOption();
        o.db = db;
        return o.asArgument();
    }

    @Test
    void anAddressWithShellCharactersIsQuotedAndAPlainFileIsNot() {
        assertThat(argument("mau.db")).isEqualTo("--db mau.db ");
        assertThat(argument("Báo cáo/mau.db")).isEqualTo("--db \"Báo cáo/mau.db\" ");
        assertThat(argument("postgresql://db:5432/atr?sslmode=verify-full&sslrootcert=/etc/atr/ca.crt"))
                .isEqualTo("--db \"postgresql://db:5432/atr?sslmode=verify-full&sslrootcert=/etc/atr/ca.crt\" ");
        assertThat(argument("postgresql://db:5432/atr")).isEqualTo("--db postgresql://db:5432/atr ");
        assertThat(argument("sq/a b$HOME/x.db")).as("$ kept from the shell").isEqualTo("--db 'sq/a b$HOME/x.db' ");
        assertThat(argument(null)).isEmpty();
    }
}
