package vn.atr.ui.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.atr.ui.ViewModelFixture;

/** The first-run questions: read off the FX thread, checked by the domain's rules, stored in one task. */
class FirstRunViewModelTest {
    @RegisterExtension
    final ViewModelFixture vm = new ViewModelFixture(false);
    private FirstRunViewModel model;

    @BeforeEach
    void open() {
                model = new FirstRunViewModel(vm.context);
    }

    @Test
    void startsFromTheShippedSettingsWithoutReadingOnTheFxThread() {
        assertThat(model.issuing.get()).as("nothing read by the constructor").isEmpty();
        model.loadSample.set(false);
        model.load();
        assertThat(model.issuing.get()).isEqualTo("SỞ Y TẾ");
        assertThat(model.units()).isNotEmpty();
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    @Test
    void refusesMissingAnswersThenStoresThemWithoutTheSample() {
        model.loadSample.set(false);
        model.load();
        model.issuing.set("  ");
        boolean[] done = {false};
        assertThat(model.save(() -> done[0] = true)).isFalse();
        assertThat(model.errors().messages())
                .containsEntry("issuingAgency", "Cơ quan ban hành báo cáo: bắt buộc phải nhập")
                .containsEntry("unitCode", "Đơn vị: bắt buộc phải nhập");
        assertThat(done[0]).isFalse();
        assertThat(vm.unwatched(() -> vm.context.services().reference().isConfigured())).isFalse();

        model.issuing.set("SỞ Y TẾ HẢI PHÒNG");
        model.unit.set(model.units().stream().filter(c -> c.code().equals("305")).findFirst().orElseThrow());
        model.loadSample.set(false);
        assertThat(model.save(() -> done[0] = true)).isTrue();
        assertThat(done[0]).isTrue();
        var stored = vm.unwatched(() -> vm.context.services().reference().agency());
        assertThat(stored.issuingAgency()).isEqualTo("SỞ Y TẾ HẢI PHÒNG");
        assertThat(stored.installationUnitCode()).isEqualTo("305");
        assertThat(vm.unwatched(() -> vm.context.services().sample().isLoaded())).isFalse();
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    @Test
    void untickingTheSampleKeepsWhatTheUserTypedOrChoseAndSwapsOnlyTheSamplesOwnAnswers() {
        model.load();
        assertThat(model.loadSample.get()).isTrue();
        var leChan = model.units().stream().filter(c -> c.label().equals("Phường Lê Chân")).findFirst().orElseThrow();
        model.unit.set(leChan);
        model.place.set("Hải Phòng, Lê Chân");
        model.loadSample.set(false);
        assertThat(model.unit.get()).as("a unit chosen by hand, still offered").isEqualTo(leChan);
        assertThat(model.place.get()).as("typed by hand").isEqualTo("Hải Phòng, Lê Chân");
        assertThat(model.issuing.get()).as("the sample's own answer, swapped").isEqualTo("SỞ Y TẾ");
        model.loadSample.set(true);
        assertThat(model.issuing.get()).isEqualTo("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
        assertThat(model.unit.get()).isEqualTo(leChan);
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    @Test
    void withTheSampleTickedTheSamplesAgencyAndUnitAreOfferedAndKept() {
        model.load();
        assertThat(model.issuing.get()).isEqualTo("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
        assertThat(model.abbreviation.get()).isEqualTo("SLĐTBXH");
        assertThat(model.unit.get().code()).isEqualTo("04");
        // unticked: the store's own (shipped) agency; ticked again: the sample's
        model.loadSample.set(false);
        assertThat(model.issuing.get()).isEqualTo("SỞ Y TẾ");
        model.loadSample.set(true);
        assertThat(model.abbreviation.get()).isEqualTo("SLĐTBXH");

        boolean[] done = {false};
        assertThat(model.save(() -> done[0] = true)).isTrue();
        assertThat(done[0]).isTrue();
        var stored = vm.unwatched(() -> vm.context.services().reference().agency());
        assertThat(stored.issuingAgency()).isEqualTo("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
        assertThat(stored.abbreviation()).isEqualTo("SLĐTBXH");
        assertThat(stored.installationUnitCode()).isEqualTo("04");
        assertThat(vm.unwatched(() -> vm.context.services().sample().isLoaded())).isTrue();
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    @Test
    void aStoreThatHoldsRecordsIsNeverOfferedTheSample() {
        // an older store, or one a Department filled by merging packages on the command line, opened in the window
        vm.unwatched(() -> vm.context.services().generator()
                .generate(new vn.atr.service.DataGenerator.Spec(2, 5, 0, 7, 2023)));
        model.load();
        assertThat(model.sampleOffered.get()).isFalse();
        assertThat(model.loadSample.get()).isFalse();
        assertThat(model.issuing.get()).as("the store's own agency, not the sample's").isEqualTo("SỞ Y TẾ");
        model.unit.set(model.units().stream().filter(c -> c.code().equals("305")).findFirst().orElseThrow());
        boolean[] done = {false};
        assertThat(model.save(() -> done[0] = true)).isTrue();
        assertThat(done[0]).isTrue();
        assertThat(vm.unwatched(() -> vm.context.services().sample().isLoaded())).isFalse();
        assertThat(vm.unwatched(() -> vm.context.services().reference().agency().installationUnitCode()))
                .isEqualTo("305");
    }

    @Test
    void offersOnlyTheProvinceAndItsOwnUnits() {
        model.load();
        var all = vm.unwatched(() -> vm.context.services().reference().units());
        String other = all.stream().filter(u -> u.level() == vn.atr.domain.UnitLevel.PROVINCE
                && !u.code().equals("04")).map(vn.atr.domain.AdminUnit::code).findFirst().orElseThrow();
        assertThat(model.units()).extracting(vn.atr.ui.common.Choice::code).contains("04", "305")
                .doesNotContain(other);
        assertThat(model.units()).allSatisfy(c -> assertThat(FirstRunViewModel.unitsOf("04", all)).contains(c.code()));
    }
}
