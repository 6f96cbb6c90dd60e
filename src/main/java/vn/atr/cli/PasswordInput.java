package vn.atr.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import vn.atr.domain.Messages;

/**
 * Reads a password without turning it into a String: from a file (first line), or typed at the
 * terminal without echo. The caller clears the returned array after use.
 */
final class PasswordInput {
    private PasswordInput() {
    }

    static char[] fromFile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CliFailure(Messages.get("security.passwordFileMissing", file));
        }
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
        Arrays.fill(bytes, (byte) 0);
        int end = 0;
        while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
            end++;
        }
        char[] password = new char[end];
        chars.get(password, 0, end);
        Arrays.fill(chars.array(), '\0');
        return password;
    }

    /** From {@code file}, else the file named by ATR_PASSWORD_FILE, else typed at the terminal. */
    static char[] read(Path file, String prompt) {
        if (file != null) {
            return fromFile(file);
        }
        String env = Environment.get(Environment.PASSWORD_FILE);
        if (env != null) {
            return fromFile(Path.of(env));
        }
        Console console = System.console();
        if (console == null) {
            throw new CliFailure(Messages.get("security.passwordNeeded"));
        }
        char[] typed = console.readPassword("%s: ", prompt);
        return typed == null ? new char[0] : typed;
    }
}
