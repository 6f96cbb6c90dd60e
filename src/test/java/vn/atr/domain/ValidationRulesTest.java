package vn.atr.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link RecordValidator} not covered by {@link RecordValidatorTest}: each record kind
 * with all its problems at once, the upper bounds, and the number and date parsing edge cases.
 */
class ValidationRulesTest {
    private static final LocalDate DAY = LocalDate.of(2023, 5, 10);

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void aCaseWithNothingFilledInReportsEveryMissingField() {
        TraffickingCase empty = new TraffickingCase(Meta.fresh("t"), null, " ", null, null, null, null, null, null,
                -1, "x".repeat(2001));
        assertThat(fields(RecordValidator.validate(empty))).containsExactlyInAnyOrder("unitCode", "caseCode",
                "detectionDate", "detectingAgency", "scope", "status", "suspects", "notes");
        TraffickingCase tooMany = new TraffickingCase(Meta.fresh("t"), "305", "c".repeat(201),
                LocalDate.of(2101, 1, 1), DetectingAgency.POLICE, CaseScope.DOMESTIC, null, Set.of(),
                CaseStatus.CLOSED, 5000, null);
        assertThat(fields(RecordValidator.validate(tooMany)))
                .containsExactlyInAnyOrder("caseCode", "detectionDate", "suspects");
    }

    @Test
    void aVictimWithNothingFilledInReportsEveryMissingField() {
        Victim empty = new Victim(Meta.fresh("t"), null, null, null, null, 2999, null, null, null, false, null, null,
                null, null, null, null, false, null);
        assertThat(fields(RecordValidator.validate(empty))).containsExactlyInAnyOrder("unitCode", "caseId",
                "victimCode", "sex", "ageBand", "legalStatus", "residenceProvinceCode", "birthYear",
                "destinationCountry");
        assertThat(RecordValidator.validate(empty)).filteredOn(v -> v.field().equals("birthYear")).singleElement()
                .extracting(Violation::message).asString().contains("2999");
    }

    /** Trafficked within Vietnam and handed over by another country contradict each other: refused on entry. */
    @Test
    void aVictimTraffickedWithinVietnamIsNotHandedOverByAnotherCountry() {
        Victim v = new Victim(Meta.fresh("t"), "04", "c", "NN-1", Sex.FEMALE, 2000, "FROM_18_TO_30", "Kinh", null, true,
                "04", LegalStatus.VICTIM, java.util.Set.of(ExploitationForm.FORCED_LABOUR), ReturnPath.HANDED_OVER,
                java.time.LocalDate.of(2026, 3, 1), null, true, null);
        assertThat(RecordValidator.forEntry(v, java.time.LocalDate.of(2026, 12, 5))).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("returnPath");
            assertThat(x.message()).contains("bị mua bán trong nước không thể được nước ngoài trao trả");
        });
        Victim rescued = new Victim(v.meta(), "04", "c", "NN-1", Sex.FEMALE, 2000, "FROM_18_TO_30", "Kinh", null, true,
                "04", LegalStatus.VICTIM, java.util.Set.of(ExploitationForm.FORCED_LABOUR), ReturnPath.RESCUED,
                java.time.LocalDate.of(2026, 3, 1), null, true, null);
        assertThat(RecordValidator.forEntry(rescued, java.time.LocalDate.of(2026, 12, 5))).isEmpty();
    }

    @Test
    void metricAndSupportBoundsAndRequiredFields() {
        OutreachMetric metric = new OutreachMetric(Meta.fresh("t"), "", null, null, null, -3, null);
        assertThat(fields(RecordValidator.validate(metric))).containsExactlyInAnyOrder("unitCode", "metricType",
                "periodFrom", "periodTo", "value");
        OutreachMetric huge = new OutreachMetric(Meta.fresh("t"), "04", OutreachMetric.WEBSITE_VISITS, DAY, DAY,
                RecordValidator.MAX_METRIC + 1, null);
        assertThat(fields(RecordValidator.validate(huge))).containsExactly("value");

        SupportService support = new SupportService(Meta.fresh("t"), null, null, null, null, "p".repeat(201),
                RecordValidator.MAX_AMOUNT_VND + 1, null);
        assertThat(fields(RecordValidator.validate(support))).containsExactlyInAnyOrder("unitCode", "victimId",
                "supportType", "serviceDate", "provider", "amountVnd");
    }

    @Test
    void activityCountsAtTheLimitPassAndOneMoreIsRefused() {
        Activity atLimit = RecordValidatorTest.activity(RecordValidator.MAX_PARTICIPANTS,
                RecordValidator.MAX_QUANTITY, DAY, null);
        assertThat(RecordValidator.validate(atLimit)).isEmpty();
        Activity over = RecordValidatorTest.activity(RecordValidator.MAX_PARTICIPANTS + 1,
                RecordValidator.MAX_QUANTITY + 1, DAY, null);
        assertThat(fields(RecordValidator.validate(over))).containsExactly("participants", "quantity");
        assertThat(RecordValidator.validate(over)).extracting(Violation::message)
                .allMatch(m -> m.contains("lớn hơn mức cho phép"));
    }

    @Test
    void adminUnitRules() {
        AdminUnit bad = new AdminUnit("x".repeat(21), "", null, "xa", "04", LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 6, 30), null);
        assertThat(fields(RecordValidator.validate(bad))).containsExactlyInAnyOrder("code", "name", "level",
                "validTo");
        AdminUnit good = new AdminUnit("31190", "Phường Lê Chân", UnitLevel.COMMUNE, "phuong", "04",
                LocalDate.of(2025, 7, 1), null, null);
        assertThat(RecordValidator.validate(good)).isEmpty();
    }

    @Test
    void validationExceptionCarriesEveryProblemInItsMessage() {
        Activity bad = RecordValidatorTest.activity(-5, -1, DAY, DAY.minusDays(1));
        assertThatThrownBy(() -> ValidationException.throwIfAny(RecordValidator.validate(bad)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).hasSize(3))
                .hasMessageContaining("-5").hasMessageContaining("-1").hasMessageContaining("09/05/2023");
    }

    @Test
    void leapDaysAndImpossibleDates() {
        assertThat(VnFormats.parseDate("29/02/2024")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(VnFormats.parseDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> VnFormats.parseDate("2023-02-29")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("2023-02-29");
        assertThatThrownBy(() -> VnFormats.parseIsoDate("2023-11-31")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("2023-11-31");
        assertThatThrownBy(() -> VnFormats.parseDate("31/11/2023")).hasMessageContaining("31/11/2023");
        assertThatThrownBy(() -> VnFormats.parseDate("")).isInstanceOf(ValidationException.class);
    }

    @Test
    void vietnameseThousandsAreParsedAndMisplacedSeparatorsRefused() {
        assertThat(VnFormats.parseNumber("10.215")).isEqualTo(10_215);
        assertThat(VnFormats.parseNumber("50.640")).isEqualTo(50_640);
        assertThat(VnFormats.parseNumber("14.300.000")).isEqualTo(14_300_000);
        assertThat(VnFormats.parseNumber("54")).isEqualTo(54);
        assertThat(VnFormats.parseNumber("-7")).isEqualTo(-7);
        // "10.5" is a decimal to a reader, not ten thousand and five hundred: refused, not read as 105.
        assertThatThrownBy(() -> VnFormats.parseNumber("10.5")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("10.5");
        assertThatThrownBy(() -> VnFormats.parseNumber("1.0215")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> VnFormats.parseNumber(".215")).isInstanceOf(ValidationException.class);
    }
}
