package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** F1's guide pages: written as HTML from the bundled Markdown, each screen's section present, pictures beside. */
class HelpServiceTest {
    @TempDir
    Path dir;

    @Test
    void everyScreenFindsItsSectionOfTheGuideOffline() throws Exception {
        HelpService help = new HelpService(dir);
        for (String screen : vn.atr.ui.shell.Screens.all().stream().map(vn.atr.ui.shell.Screen::id).toList()) {
            URI uri = help.pageFor(screen);
            assertThat(uri.getScheme()).isEqualTo("file");
            assertThat(uri.toString()).as("%s has its own place in the guide", screen).doesNotContain("README.html");
            Path page = Path.of(URI.create(uri.toString().replaceFirst("#.*", "")));
            String html = Files.readString(page);
            assertThat(html).as(screen).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">");
            if (uri.getFragment() != null) {
                assertThat(html).as(screen).contains("id=\"" + uri.getFragment() + "\"");
            }
        }
        String activities = Files.readString(dir.resolve("can-bo-xa-phuong.html"));
        assertThat(activities).contains("<h2><a id=\"hoat-dong\"></a>Hoạt động</h2>", "src=\"screenshots/activities.png\"",
                "href=\"quan-tri.html#danh-muc-chi-tieu\"");
        assertThat(dir.resolve("screenshots/activities.png")).isNotEmptyFile();
        assertThat(Files.readString(dir.resolve("README.html"))).contains("<table>", "href=\"lanh-dao.html\"");
        assertThat(help.pageFor("unknown-screen").toString()).endsWith("README.html");
        // the backup screen's link on a server store: the administrator's section on it, with its picture
        URI server = help.pageFor("serverStore");
        assertThat(server.getFragment()).isEqualTo("kho-tren-may-chu");
        assertThat(Files.readString(dir.resolve("quan-tri.html"))).contains("id=\"kho-tren-may-chu\"")
                .contains("src=\"screenshots/settings-server.png\"");
        assertThat(dir.resolve("screenshots/settings-server.png")).isNotEmptyFile();
    }
}
