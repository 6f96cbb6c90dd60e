package vn.atr.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.atr.domain.access.AuditEntry;
import vn.atr.ui.ViewModelFixture;
import vn.atr.ui.audit.AuditViewModel.ChainState;

/** The audit screen: filters, the count and the chain check, on a real store's log. */
class AuditViewModelTest {
    @RegisterExtension
    final ViewModelFixture vm = new ViewModelFixture(false);
    private AuditViewModel model;

    @BeforeEach
    void open() {
                vm.unwatched(() -> {
            vm.context.services().auth().createFirstAdministrator("admin", "mat-khau-quan-tri".toCharArray());
            vm.context.services().auth().login("admin", "mat-khau-quan-tri".toCharArray());
            return null;
        });
        model = new AuditViewModel(vm.context);
    }

    @Test
    void filtersByActionAndDateAndCountsWhatItShows() {
        model.filter();
        int all = model.entries().size();
        assertThat(all).isPositive();
        assertThat(model.countText().get()).contains(String.valueOf(all));

        model.action.set("login");
        model.filter();
        assertThat(model.entries()).isNotEmpty().extracting(AuditEntry::action).allMatch(a -> a.startsWith("login"));

        model.from.set(LocalDate.now().plusDays(1));
        model.filter();
        assertThat(model.entries()).isEmpty();

        model.clearFilter();
        assertThat(model.action.get()).isEmpty();
        assertThat(model.from.get()).isNull();
        assertThat(model.entries()).hasSize(all);
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    @Test
    void theChainCheckSaysTheLogIsIntact() {
        assertThat(model.chainState().get()).isEqualTo(ChainState.UNCHECKED);
        model.verifyChain();
        assertThat(model.chainState().get()).isEqualTo(ChainState.INTACT);
        assertThat(model.verifyText().get()).isNotBlank();
        assertThat(AuditViewModel.versions(new AuditEntry(1, null, "admin", "x", "activity", "id", null, 2L, null,
                null, null))).isEqualTo("– → 2");
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }
}
