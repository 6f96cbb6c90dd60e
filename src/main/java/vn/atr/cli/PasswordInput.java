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
        CharBuffer chars = decode(bytes, file);
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

    /**
     * The file's text as Windows tools save it too: UTF-8 with or without its byte-order mark (Notepad), UTF-16
     * with its mark (PowerShell's {@code >} and {@code Out-File}). Bytes that are no text in these are refused, not
     * read as another password: a password set from such a file could never be typed again.
     */
    private static CharBuffer decode(byte[] bytes, Path file) {
        java.nio.charset.Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        try {
            return charset.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
        } catch (java.nio.charset.CharacterCodingException e) {
            Arrays.fill(bytes, (byte) 0);
            throw new CliFailure(Messages.get("security.passwordFileNotText", file));
        }
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
