package vn.atr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/cli.md cannot go stale: below its marker it is exactly what CliReference generates from the
 * commands. After changing a command, regenerate it with
 * {@code mvn -o -q surefire:test -Dtest=CliReferenceTest -Datr.cli.docs=write}.
 */
class CliReferenceTest {
    private static final Path DOCS = Path.of("docs/cli.md");

    @Test
    void docsCliMdIsGeneratedFromTheCommands() throws IOException {
        String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
        int marker = docs.indexOf(CliReference.MARKER);
        assertThat(marker).as("docs/cli.md keeps the marker line").isNotNegative();
        String generated = CliReference.markdown();
        if ("write".equals(System.getProperty("atr.cli.docs"))) {
            Files.writeString(DOCS, docs.substring(0, marker) + generated, StandardCharsets.UTF_8);
            docs = Files.readString(DOCS, StandardCharsets.UTF_8);
        }
        assertThat(docs.substring(marker)).as("docs/cli.md is stale: regenerate it (see CliReferenceTest)")
                .isEqualTo(generated);
    }
}
