package vn.atr.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.atr.domain.Activity;
import vn.atr.domain.ActivityType;
import vn.atr.ui.ViewModelFixture;
import vn.atr.ui.common.Choice;

/** The activity form saves through the task runner, only once the domain's rules accept it. */
class ActivityFormViewModelTest {
    @RegisterExtension
    final ViewModelFixture vm = new ViewModelFixture(false);

    @Test
    void refusesAnEndBeforeTheStartThenSavesAndStaysClean() {
        ActivityFormViewModel form = new ActivityFormViewModel(vm.context);
        form.load(null, new Choice(ActivityType.OUTREACH_SESSION, "Buổi tuyên truyền"), new Choice("04", "Hải Phòng"),
                java.util.List.of());
        assertThat(form.isNew()).isTrue();
        form.startDate.set("10/03/2023");
        form.endDate.set("09/03/2023");
        form.participants.set("120");
        form.title.set("Tuyên truyền tại chợ Sắt");
        Activity[] saved = {null};
        assertThat(form.save(a -> saved[0] = a)).isFalse();
        assertThat(form.errors().messages()).containsKey("endDate");
        assertThat(saved[0]).isNull();
        form.startDate.set("09/03/2023");
        assertThat(form.errors().messages()).as("a start moved to the end's day answers the end's message")
                .doesNotContainKey("endDate");
        form.startDate.set("10/03/2023");
        assertThat(form.errors().messages()).as("nothing new shown before the next save").isEmpty();
        assertThat(form.save(a -> saved[0] = a)).isFalse();

        form.endDate.set("");
        assertThat(form.dirty.get()).isTrue();
        assertThat(form.save(a -> saved[0] = a)).isTrue();
        assertThat(saved[0].participants()).isEqualTo(120);
        assertThat(form.dirty.get()).isFalse();
        assertThat(form.isNew()).isFalse();
        assertThat(vm.unwatched(() -> vm.context.services().activities().find(saved[0].meta().id())))
                .get().extracting(Activity::title).isEqualTo("Tuyên truyền tại chợ Sắt");
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    @Test
    void refusesAStartAfterTodayOnTheStartField() {
        ActivityFormViewModel form = new ActivityFormViewModel(vm.context);
        form.load(null, new Choice(ActivityType.OUTREACH_SESSION, "Buổi tuyên truyền"), new Choice("04", "Hải Phòng"),
                java.util.List.of());
        java.time.LocalDate today = java.time.LocalDate.now();
        form.startDate.set(vn.atr.domain.VnFormats.date(today.plusYears(36)));
        form.participants.set("20");
        form.title.set("Tập huấn (năm gõ nhầm)");
        Activity[] saved = {null};
        assertThat(form.save(a -> saved[0] = a)).isFalse();
        assertThat(form.errors().messages()).containsOnlyKeys("startDate");
        assertThat(form.errors().messages().get("startDate")).contains("chưa đến")
                .contains(vn.atr.domain.VnFormats.date(today));
        assertThat(saved[0]).isNull();
    }

    @Test
    void partnersAreTickedFromTheOrganisationsAndALeadOrganisationTooLongIsRefusedUnderItsField() {
        java.util.List<Choice> orgs = java.util.List.of(new Choice("CATP", "Công an thành phố"),
                new Choice("BDBP", "Bộ Chỉ huy Bộ đội Biên phòng thành phố"), new Choice("DTN", "Đoàn Thanh niên"));
        Activity stored = new Activity(vn.atr.domain.Meta.fresh("xa"), "04", ActivityType.OUTREACH_SESSION,
                java.time.LocalDate.of(2023, 3, 10), null, "Tuyên truyền tại chợ", null, java.util.List.of("DTN", "CU"),
                java.util.Set.of(), null, 50, 0, null);
        ActivityFormViewModel form = new ActivityFormViewModel(vm.context);
        form.load(stored, new Choice(ActivityType.OUTREACH_SESSION, "Buổi tuyên truyền"), new Choice("04", "Hải Phòng"),
                orgs);
        assertThat(form.partner("DTN").get()).isTrue();
        assertThat(form.partner("CATP").get()).isFalse();
        assertThat(form.dirty.get()).isFalse();
        form.partner("CATP").set(true);
        assertThat(form.dirty.get()).isTrue();
        form.leadOrg.set("Sở ".repeat(70));
        assertThat(form.validate()).isNull();
        assertThat(form.errors().messages()).containsOnlyKeys("leadOrg");
        assertThat(form.errors().messages().get("leadOrg")).isEqualTo("Đơn vị chủ trì: dài quá 200 ký tự");
        form.leadOrg.set("Sở Lao động - Thương binh và Xã hội");
        assertThat(form.validate().partnerOrgs()).as("in the list's order, then a partner the list no longer offers")
                .containsExactly("CATP", "DTN", "CU");
    }

    @Test
    void anActivityTypedTwiceIsSavedAgainOnlyIfTheUserSaysSoAndTheQuestionNamesTheStoredOne() {
        Activity[] saved = {null};
        ActivityFormViewModel first = twin("Tuyên truyền tại chợ Cột Đèn", "85");
        assertThat(first.save(a -> saved[0] = a, (lines, proceed) -> {
            throw new AssertionError("nothing like it is stored yet: " + lines);
        })).isTrue();
        Activity stored = saved[0];
        assertThat(stored).isNotNull();

        java.util.List<String> asked = new java.util.ArrayList<>();
        saved[0] = null;
        ActivityFormViewModel again = twin("Tuyên truyền  tại chợ cột đèn ", "85"); // spaces and case as typed
        assertThat(again.save(a -> saved[0] = a, (lines, proceed) -> asked.addAll(lines))).isTrue();
        assertThat(saved[0]).as("not saved while the user has not answered").isNull();
        assertThat(asked).singleElement().asString()
                .contains("10/03/2023", "Buổi tuyên truyền", "Tuyên truyền tại chợ Cột Đèn", "85 người tham dự");
        assertThat(again.dirty.get()).as("the form keeps what was typed").isTrue();

        ActivityFormViewModel other = twin("Tuyên truyền tại chợ Cột Đèn", "86");
        assertThat(other.save(a -> saved[0] = a, (lines, proceed) -> {
            throw new AssertionError("86 participants is another activity: " + lines);
        })).isTrue();
        assertThat(saved[0]).isNotNull();

        saved[0] = null;
        assertThat(again.save(a -> saved[0] = a, (lines, proceed) -> proceed.run())).isTrue();
        assertThat(saved[0]).as("saved anyway when the user says they are two").isNotNull()
                .isNotEqualTo(stored);
        assertThat(vm.readsOutsideTasks()).isEmpty();
    }

    private ActivityFormViewModel twin(String title, String participants) {
        ActivityFormViewModel form = new ActivityFormViewModel(vm.context);
        form.load(null, new Choice(ActivityType.OUTREACH_SESSION, "Buổi tuyên truyền"), new Choice("04", "Hải Phòng"),
                java.util.List.of());
        form.startDate.set("10/03/2023");
        form.participants.set(participants);
        form.title.set(title);
        return form;
    }
}
