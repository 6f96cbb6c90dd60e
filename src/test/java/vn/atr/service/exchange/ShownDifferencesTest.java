package vn.atr.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.atr.domain.Messages;
import vn.atr.domain.TraffickingCase;
import vn.atr.service.exchange.ImportPlan.FieldDifference;

/** A conflict's fields on the screen: the forms' captions and values in words, whatever the package calls them. */
class ShownDifferencesTest {
    private final Locale before = Messages.locale();

    @AfterEach
    void restore() {
        Messages.setLocale(before);
    }

    @Test
    void captionsDatesCodedValuesAndYesNoAsTheFormsShowThem() {
        Messages.setLocale(Messages.VIETNAMESE);
        List<FieldDifference> shown = ShownDifferences.of(List.of(
                new FieldDifference("detectionDate", "2023-03-14", "2023-03-15"),
                new FieldDifference("status", "INVESTIGATING", "PROSECUTED"),
                new FieldDifference("deleted", "false", "true"),
                new FieldDifference("suspects", "2", "3"),
                new FieldDifference("somethingNew", "a", "b")), TraffickingCase.class);
        assertThat(shown).containsExactly(
                new FieldDifference("Ngày phát hiện", "14/03/2023", "15/03/2023"),
                new FieldDifference("Tình trạng", "Đang điều tra", "Đã truy tố"),
                new FieldDifference("Đã xóa", "Không", "Có"),
                new FieldDifference("Số đối tượng", "2", "3"),
                new FieldDifference("somethingNew", "a", "b")); // a field no form shows: as the package names it
    }

    @Test
    void aValueThatIsNotWhatTheFieldHoldsIsShownAsSent() {
        Messages.setLocale(Locale.ENGLISH);
        assertThat(ShownDifferences.of(List.of(new FieldDifference("detectionDate", "14/03/2023", "")),
                TraffickingCase.class))
                .containsExactly(new FieldDifference("Detection date", "14/03/2023", "(empty)"));
        assertThat(ShownDifferences.of(List.of(new FieldDifference("status", "UNHEARD_OF", "CLOSED")),
                TraffickingCase.class))
                .containsExactly(new FieldDifference("Status", "UNHEARD_OF", "Closed"));
    }
}
