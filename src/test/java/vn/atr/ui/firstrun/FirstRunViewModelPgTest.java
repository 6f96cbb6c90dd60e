package vn.atr.ui.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.atr.ui.ViewModelFixture;

/** On a Department's shared store (PostgreSQL), the first-run questions offer the sample unticked. */
class FirstRunViewModelPgTest {
    @RegisterExtension
    final ViewModelFixture vm = ViewModelFixture.onServer();

    @Test
    void aSharedStoreIsOfferedTheSampleUntickedAndGetsItOnlyIfAsked() {
        FirstRunViewModel model = new FirstRunViewModel(vm.context);
        model.load();
        assertThat(model.sampleOffered.get()).isTrue();
        assertThat(model.loadSample.get()).as("demonstration data only if asked for").isFalse();
        assertThat(model.issuing.get()).as("the store's own agency").isEqualTo("SỞ Y TẾ");
        model.unit.set(model.units().stream().filter(c -> c.code().equals("04")).findFirst().orElseThrow());
        boolean[] done = {false};
        assertThat(model.save(() -> done[0] = true)).isTrue();
        assertThat(done[0]).isTrue();
        assertThat(vm.unwatched(() -> vm.context.services().sample().isLoaded())).isFalse();
    }
}
