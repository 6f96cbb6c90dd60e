package vn.atr.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.atr.ui.ViewModelFixture;

/** The report screen on a PostgreSQL store: its output folder and the template remembered for the server store. */
class ReportViewModelPgTest {
    @RegisterExtension
    final ViewModelFixture vm = ViewModelFixture.onServer();

    @Test
    void theFolderIsTheLastUsedOneAndTheTemplateIsRememberedForThisServerStore() throws Exception {
        Path last = Files.createDirectory(vm.dir().resolve("bao-cao"));
        vm.context.windowState().setLastFolder(last);
        ReportViewModel model = new ReportViewModel(vm.context);
        assertThat(model.folder.get()).isEqualTo(last.toAbsolutePath().toString());
        assertThat(model.template.get()).isNull();

        Path template = vm.dir().resolve("mau-so.docx");
        vm.unwatched(() -> {
            vm.context.services().report().writeTemplate(template);
            return null;
        });
        model.chooseTemplate(template);
        String address = vm.context.services().storeAddress();
        assertThat(vm.context.windowState().reportTemplate(address)).contains(template);
        assertThat(new ReportViewModel(vm.context).template.get()).as("the next start, same server store")
                .isEqualTo(template);
        String otherDatabase = address.substring(0, address.lastIndexOf('/') + 1) + "so_khac";
        assertThat(vm.context.windowState().reportTemplate(otherDatabase)).isEmpty();
        assertThat(model.request(vn.atr.domain.ReportPeriod.ofYear(2023), last).template()).contains(template);
    }
}
