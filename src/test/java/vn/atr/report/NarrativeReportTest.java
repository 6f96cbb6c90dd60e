package vn.atr.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.CaseScope;
import vn.atr.domain.CaseStatus;
import vn.atr.domain.DetectingAgency;
import vn.atr.domain.DirectionDocument;
import vn.atr.domain.DocumentKind;
import vn.atr.domain.ExploitationForm;
import vn.atr.domain.IndicatorTarget;
import vn.atr.domain.Meta;
import vn.atr.domain.OutreachMetric;
import vn.atr.domain.ReportDraft;
import vn.atr.domain.ReportDraft.Section;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.Topic;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.ValidationException;
import vn.atr.domain.report.Placeholders;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;
import vn.atr.service.ServiceException;
import vn.atr.service.Services;

/**
 * The narrative drafted from the data: a 2024 period on the sample store gets direction documents, activities with
 * partners, topics and target groups, inspections, cooperation, funding, cases in several statuses and a target
 * through the services; the written .docx, read back with POI, quotes each stored value in a sentence with its
 * subject. The compiler's own text wins over the drafted one, and the previous period's text starts a new draft.
 */
class NarrativeReportTest {
    static final ReportPeriod Y2024 = ReportPeriod.ofYear(2024);

    @TempDir
    Path dir;

    private static Activity activity(String type, LocalDate day, List<String> partners, Set<Topic> topics,
                                     String targetGroup, int participants) {
        return new Activity(Meta.fresh("test"), "04", type, day, null, "Hoạt động thử", "SLDTBXH", partners, topics,
                targetGroup, participants, 0, null);
    }

    private static TraffickingCase trafficking(String code, DetectingAgency agency, CaseStatus status) {
        return new TraffickingCase(Meta.fresh("test"), "04", code, LocalDate.of(2024, 5, 2), agency,
                CaseScope.CROSS_BORDER, "Campuchia", Set.of(ExploitationForm.FORCED_LABOUR), status, 1, null);
    }

    private static DirectionDocument document(DocumentKind kind, String number, LocalDate day, String issuer,
                                              String title) {
        return new DirectionDocument(Meta.fresh("test"), "04", kind, number, day, issuer, title);
    }

    /** The 2024 records of the test, through the services every front door uses. */
    private static void record2024(Services s) {
        s.report().documents().save(document(DocumentKind.PLAN, "40/KH-UBND", LocalDate.of(2024, 2, 20),
                "Ủy ban nhân dân thành phố", "về thực hiện công tác phòng, chống mua bán người năm 2024"));
        s.report().documents().save(document(DocumentKind.OFFICIAL_LETTER, "512/SLĐTBXH-PCTNXH",
                LocalDate.of(2024, 3, 5), "Sở Lao động - Thương binh và Xã hội",
                "triển khai Tháng hành động phòng, chống mua bán người"));
        s.report().documents().save(document(DocumentKind.PLAN, "12/KH-UBND", LocalDate.of(2023, 1, 10),
                "Ủy ban nhân dân thành phố", "kế hoạch của năm trước")); // outside the period: not cited
        for (int i = 0; i < 3; i++) {
            s.activities().save(activity("OUTREACH_SESSION", LocalDate.of(2024, 4, 10 + i), List.of("CATP", "BDBP"),
                    i < 2 ? Set.of(Topic.DRUGS, Topic.HIV_AIDS) : Set.of(Topic.DRUGS), "Học sinh, sinh viên", 100),
                    "test");
        }
        s.activities().save(activity("INSPECTION", LocalDate.of(2024, 6, 3), List.of(), Set.of(), null, 0), "test");
        s.activities().save(activity("INSPECTION", LocalDate.of(2024, 9, 3), List.of(), Set.of(), null, 0), "test");
        s.activities().save(activity("INTERNATIONAL_COOPERATION", LocalDate.of(2024, 7, 1), List.of(), Set.of(), null,
                0), "test");
        s.metrics().save(new OutreachMetric(Meta.fresh("test"), "04", "FUNDING", LocalDate.of(2023, 12, 15),
                LocalDate.of(2024, 12, 14), 250_000_000L, null), "test");
        s.cases().save(trafficking("T-1", DetectingAgency.POLICE, CaseStatus.PROSECUTED), "test");
        s.cases().save(trafficking("T-2", DetectingAgency.POLICE, CaseStatus.PROSECUTED), "test");
        s.cases().save(trafficking("T-3", DetectingAgency.BORDER_GUARD, CaseStatus.INVESTIGATING), "test");
        s.report().targets().set(new IndicatorTarget(2024, "OUTREACH_SESSION", 4));
    }

    /**
     * A ward's own store: its committee is the subject, its name capitalised as Decree 30 writes it in running text,
     * and its own work is not credited to "các địa phương".
     */
    @Test
    void aWardsOwnReportNamesItsCommitteeAndItsOwnWork() {
        try (Services s = Services.open(dir.resolve("phuong.db"))) {
            var a = s.reference().agency();
            s.reference().saveAgency(new vn.atr.domain.AgencySettings(null, "ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN", "UBND",
                    "Lê Chân", a.recipient(), "CHỦ TỊCH", null, a.homeProvinceCode(), "10305012"));
            LocalDate day = LocalDate.of(2026, 3, 10);
            s.activities().save(new Activity(Meta.fresh("test"), "10305012", vn.atr.domain.ActivityType.OUTREACH_SESSION,
                    day, day, "Tuyên truyền tại tổ dân phố", null, List.of(), Set.of(), "Người dân", 60, 0, null), "test");
            ReportModel m = ReportFixture.model(s, ReportPeriod.ofYear(2026));
            ReportSentences sentences = new ReportSentences(ReportText.vietnamese());
            assertThat(sentences.legalBasisDefault(m)).contains("Ủy ban nhân dân phường Lê Chân báo cáo kết quả");
            assertThat(sentences.communication(m)).first().asString()
                    .startsWith("Năm 2026, Ủy ban nhân dân phường Lê Chân đã tổ chức")
                    .doesNotContain("cùng các địa phương");
        }
    }

    /**
     * A ward's report quotes its own and the city's documents, never another ward's; the Department's cites the
     * city's plan, not the wards'; the city's documents come first; the year's target is the whole store's; a month's
     * direction dated before the calendar month it names says "Trong kỳ báo cáo".
     */
    @Test
    void aUnitsReportQuotesItsOwnAndItsSuperiorsDocumentsOnly() {
        try (Services s = ReportFixture.sampleStore(dir)) {
            s.report().documents().save(new DirectionDocument(Meta.fresh("test"), "10301008", DocumentKind.PLAN,
                    "07/KH-UBND", LocalDate.of(2026, 1, 15), "Ủy ban nhân dân phường Hồng Bàng", "kế hoạch của phường"));
            s.report().documents().save(new DirectionDocument(Meta.fresh("test"), "10305012", DocumentKind.PLAN,
                    "09/KH-UBND", LocalDate.of(2026, 1, 20), "Ủy ban nhân dân phường Lê Chân", "kế hoạch của phường"));
            s.report().documents().save(new DirectionDocument(Meta.fresh("test"), "04", DocumentKind.PLAN,
                    "30/KH-UBND", LocalDate.of(2026, 2, 1), "Ủy ban nhân dân thành phố", "kế hoạch của thành phố"));
            s.report().documents().save(new DirectionDocument(Meta.fresh("test"), "04", DocumentKind.OFFICIAL_LETTER,
                    "88/SNV", LocalDate.of(2026, 9, 20), "Sở Nội vụ", "hướng dẫn tháng 10"));
            s.report().targets().set(new IndicatorTarget(2026, "OUTREACH_SESSION", 300));
            LocalDate day = LocalDate.of(2026, 3, 10);
            s.activities().save(new Activity(Meta.fresh("test"), "10305012", "OUTREACH_SESSION", day, day,
                    "Tuyên truyền", null, List.of(), Set.of(), "Người dân", 60, 0, null), "test");
            ReportSentences sentences = new ReportSentences(ReportText.vietnamese());
            ReportPeriod y2026 = ReportPeriod.ofYear(2026);

            ReportModel ward = s.report().build(y2026, Optional.of("10305012"));
            String wardDirection = String.join(" ", sentences.direction(ward));
            assertThat(wardDirection).contains("30/KH-UBND", "09/KH-UBND").doesNotContain("07/KH-UBND");
            assertThat(wardDirection.indexOf("30/KH-UBND")).as("the city first").isLessThan(
                    wardDirection.indexOf("09/KH-UBND"));
            assertThat(sentences.legalBasisDefault(ward)).contains("30/KH-UBND").doesNotContain("07/KH-UBND");
            assertThat(sentences.targets(ward)).as("the city's target is not a ward's").isEmpty();

            ReportModel city = ReportFixture.model(s, y2026);
            assertThat(sentences.legalBasisDefault(city)).contains("30/KH-UBND")
                    .doesNotContain("07/KH-UBND").doesNotContain("09/KH-UBND");
            assertThat(String.join(" ", sentences.direction(city))).startsWith("Năm 2026, Ủy ban nhân dân thành phố")
                    .contains("07/KH-UBND", "09/KH-UBND");
            assertThat(sentences.targets(city)).get().asString().as("1 of 300 is not 0%")
                    .contains("buổi tuyên truyền đạt dưới 1% kế hoạch (1/300 buổi)");
            assertThat(sentences.targets(ReportFixture.model(s, ReportPeriod.ofMonth(2026, 1))))
                    .as("nothing done yet: no line of 0%").isEmpty();

            assertThat(sentences.direction(ReportFixture.model(s, ReportPeriod.ofMonth(2026, 10)))).first().asString()
                    .as("a letter of 20/9 in the month named October").startsWith("Trong kỳ báo cáo, Sở Nội vụ ban hành");
        }
    }

    /** Short of a target is never rounded up to it; nothing done is said so, not "0%". */
    @Test
    void aTargetNotReachedIsRoundedDownAndOneNotStartedSaysSo() {
        try (Services s = ReportFixture.sampleStore(dir)) {
            for (int day = 10; day < 12; day++) {
                LocalDate d = LocalDate.of(2026, 3, day);
                s.activities().save(new Activity(Meta.fresh("test"), "04", "OUTREACH_SESSION", d, d, "Tuyên truyền",
                        null, List.of(), Set.of(), "Người dân", 50, 0, null), "test");
            }
            s.report().targets().set(new IndicatorTarget(2026, "OUTREACH_SESSION", 3));
            s.report().targets().set(new IndicatorTarget(2026, "TRAINING", 5));
            ReportSentences sentences = new ReportSentences(ReportText.vietnamese());
            assertThat(sentences.targets(ReportFixture.model(s, ReportPeriod.ofYear(2026)))).get().asString()
                    .contains("buổi tuyên truyền đạt 66% kế hoạch (2/3 buổi)") // 66,7: not rounded up
                    .contains("lớp tập huấn chưa thực hiện (kế hoạch 5 lớp)");
        }
    }

    /** Visits without the website's news are the website's, not the document posted before them. */
    @Test
    void websiteVisitsAreTheWebsitesNotThePreviousItems() {
        try (Services s = ReportFixture.sampleStore(dir)) {
            LocalDate day = LocalDate.of(2026, 3, 10);
            s.activities().save(new Activity(Meta.fresh("test"), "04", "LEGAL_DOCUMENT", day, day, "Đăng văn bản", null,
                    List.of(), Set.of(), null, 0, 1, null), "test");
            s.metrics().save(new OutreachMetric(Meta.fresh("test"), "04", OutreachMetric.WEBSITE_VISITS,
                    LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 5), 2_312, null), "test");
            ReportSentences sentences = new ReportSentences(ReportText.vietnamese());
            assertThat(String.join(" ", sentences.communication(ReportFixture.model(s, ReportPeriod.ofYear(2026)))))
                    .contains("văn bản chỉ đạo, trang thông tin điện tử thu hút 2.312 lượt truy cập.");
        }
    }

    @Test
    void aQuarterCitesTheYearsPlanAndNoSentenceOpensWithAFigure() {
        try (Services s = ReportFixture.sampleStore(dir)) {
            ReportSentences sentences = new ReportSentences(ReportText.vietnamese());
            String quarter = sentences.legalBasisDefault(ReportFixture.model(s, ReportPeriod.ofQuarter(2023, 3)));
            assertThat(quarter).as("the plan of March 2023 is still in force in the third quarter")
                    .contains("Kế hoạch số 75/KH-UBND ngày 07/3/2023").endsWith("quý III năm 2023 như sau:");
            assertThat(sentences.legalBasisDefault(ReportFixture.model(s, ReportPeriod.ofMonth(2023, 2))))
                    .as("the plan not yet issued at the cut-off of 14/02").doesNotContain("75/KH-UBND");
            assertThat(sentences.direction(ReportFixture.model(s, ReportPeriod.ofHalfYear(2023))))
                    .first().asString().startsWith("Trong 6 tháng đầu năm 2023, Ủy ban nhân dân thành phố ban hành");
        }
    }

    @Test
    void comparisonsWithNothingOnOneSideGiveBothFiguresAndNoneCompareAnEmptyPeriod() {
        try (Services s = ReportFixture.sampleStore(dir)) {
            ReportSentences sentences = new ReportSentences(ReportText.vietnamese());
            ReportModel empty2024 = ReportFixture.model(s, Y2024);
            assertThat(sentences.compare(empty2024, "sessions", 0, 54)).as("a period without records").isEmpty();
            s.cases().save(trafficking("T-1", DetectingAgency.POLICE, CaseStatus.INVESTIGATING), "test");
            ReportModel m = ReportFixture.model(s, Y2024);
            assertThat(sentences.compare(m, "sessions", 0, 54)).contains(
                    "Số buổi tuyên truyền năm 2023 là 54 buổi, kỳ này không có.");
            assertThat(sentences.compare(m, "cases", 3, 3)).contains(
                    "Số vụ mua bán người được phát hiện bằng năm 2023 (3 vụ).");
            assertThat(sentences.compare(m, "cases", 3, 0)).contains(
                    "Năm 2023 không có vụ mua bán người nào được phát hiện."); // the figure was just given
            assertThat(sentences.compare(m, "cases", 0, 0)).isEmpty();
            assertThat(sentences.comparisons(m, List.of(new ReportSentences.Compared("sessions", 60, 54),
                    new ReportSentences.Compared("participants", 9_000, 10_215)))).as("changes in one sentence")
                    .contains("So với năm 2023, số buổi tuyên truyền tăng 11% (60 buổi so với 54 buổi) và số lượt người"
                            + " được tuyên truyền giảm 12% (9.000 lượt người so với 10.215 lượt người).");
            assertThat(sentences.comparisons(m, List.of(new ReportSentences.Compared("victims", 13, 2),
                    new ReportSentences.Compared("cases", 10, 5)))).as("at least doubled: times, not per cent")
                    .contains("So với năm 2023, số nạn nhân được xác minh, xác định tăng gấp 6,5 lần (13 nạn nhân so với 2 nạn"
                            + " nhân) và số vụ mua bán người được phát hiện tăng gấp 2 lần (10 vụ so với 5 vụ).");
            assertThat(ReportSentences.times(241, 50)).isEqualTo("4,8");
            assertThat(sentences.cases(m)).noneMatch(x -> x.contains("100%"));
            assertThat(sentences.comparisons(m, List.of(new ReportSentences.Compared("trainings", 17, 25),
                    new ReportSentences.Compared("leaflets", 10_100, 16_600)))).as("trainings and leaflets too")
                    .contains("So với năm 2023, số lớp tập huấn giảm 32% (17 lớp so với 25 lớp) và số tờ rơi, tài liệu"
                            + " giảm 39% (10.100 tờ so với 16.600 tờ).");
        }
    }

    @Test
    void aFormThatIsAnActReadsAsOne() {
        try (Services s = ReportFixture.sampleStore(dir)) {
            s.cases().save(new TraffickingCase(Meta.fresh("test"), "04", "T-9", LocalDate.of(2024, 5, 2),
                    DetectingAgency.POLICE, CaseScope.DOMESTIC, null, Set.of(ExploitationForm.UNBORN_CHILD),
                    CaseStatus.INVESTIGATING, 1, null), "test");
            assertThat(new ReportSentences(ReportText.vietnamese()).cases(ReportFixture.model(s, Y2024)))
                    .contains("Về mục đích mua bán: 1 vụ mua bán bào thai.");
        }
    }

    @Test
    void victimsAllFromOneSideAreSaidToBeAllAndTheDestinationsAddUp() {
        try (Services s = ReportFixture.sampleStore(dir)) {
            ReportSentences sentences = new ReportSentences(ReportText.vietnamese());
            // HP-2023-02 (a victim of Thanh Hóa taken to Cambodia) and HP-2023-03 (of Nghệ An, within Vietnam)
            ReportModel m = ReportFixture.model(s, new ReportPeriod(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 10, 31)));
            assertThat(sentences.cases(m).get(0)).contains("với 2 nạn nhân bị mua bán, cả 2 nạn nhân đều là người tỉnh"
                    + " ngoài.");
            assertThat(String.join(" ", sentences.victims(m))).contains("Về nơi bị đưa đến: 1 nạn nhân bị đưa sang"
                    + " Campuchia, 1 nạn nhân bị mua bán trong nước.");
            ReportModel july = ReportFixture.model(s, ReportPeriod.ofMonth(2023, 7));
            assertThat(sentences.cases(july).get(0)).contains("với 1 nạn nhân bị mua bán, là người tỉnh ngoài.");
        }
    }

    @Test
    void aListWhoseItemHasItsOwnAndIsJoinedBySemicolons() {
        ReportText text = ReportText.vietnamese();
        assertThat(text.join(List.of("cộng đồng dân cư", "ngư dân và người dân vùng biên giới biển")))
                .isEqualTo("cộng đồng dân cư; ngư dân và người dân vùng biên giới biển");
        assertThat(text.join(List.of("học sinh", "sinh viên", "phụ nữ"))).isEqualTo("học sinh, sinh viên và phụ nữ");
    }

    @Test
    void casesAllFoundByOneForceAreSaidSoNotAsAPartOfThem() {
        try (Services s = ReportFixture.sampleStore(dir)) {
            ReportSentences sentences = new ReportSentences(ReportText.vietnamese());
            s.cases().save(trafficking("T-1", DetectingAgency.BORDER_GUARD, CaseStatus.PROSECUTED), "test");
            assertThat(sentences.cases(ReportFixture.model(s, Y2024)))
                    .contains("Vụ việc do Bộ đội Biên phòng phát hiện.").noneMatch(l -> l.startsWith("Trong đó"));
            s.cases().save(trafficking("T-2", DetectingAgency.BORDER_GUARD, CaseStatus.INVESTIGATING), "test");
            assertThat(sentences.cases(ReportFixture.model(s, Y2024))).contains("Cả 2 vụ do Bộ đội Biên phòng phát hiện.");
            s.cases().save(trafficking("T-3", DetectingAgency.POLICE, CaseStatus.INVESTIGATING), "test");
            assertThat(sentences.cases(ReportFixture.model(s, Y2024)))
                    .contains("Về cơ quan phát hiện: lực lượng Công an 1 vụ và Bộ đội Biên phòng 2 vụ.");
        }
    }

    @Test
    void eachTargetGroupIsNamedOnceWhateverValuesTheWardsWrote() {
        ReportSentences sentences = new ReportSentences(ReportText.vietnamese());
        // the sample's values: one group inside another value, two groups in one value, capitals
        String named = sentences.targetGroups(List.of(new vn.atr.domain.Tally("a", "người dân", 9, 9),
                new vn.atr.domain.Tally("b", "Cán bộ, người dân", 5, 5),
                new vn.atr.domain.Tally("c", "Học sinh, sinh viên", 3, 3),
                new vn.atr.domain.Tally("d", "Người dân ,  ", 1, 1)));
        assertThat(named).isEqualTo("người dân, cán bộ, học sinh và sinh viên");

        List<vn.atr.domain.Tally> many = new java.util.ArrayList<>();
        for (int i = 1; i <= ReportSentences.MAX_NAMED + 2; i++) {
            many.add(new vn.atr.domain.Tally("g" + i, "nhóm " + i, 1, 1));
        }
        assertThat(sentences.targetGroups(many)).startsWith("nhóm 1, nhóm 2, ")
                .endsWith("nhóm " + ReportSentences.MAX_NAMED + " và các đối tượng khác")
                .doesNotContain("nhóm " + (ReportSentences.MAX_NAMED + 1));
    }

    private static String text(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        }
    }

    @Test
    void everySectionIsDraftedFromTheStoredRecordsWithItsSubject() throws Exception {
        try (Services s = ReportFixture.sampleStore(dir)) {
            record2024(s);
            ReportModel m = ReportFixture.model(s, Y2024);
            String body = text(ReportFixture.docx(s, m, dir.resolve("bc-2024.docx"), ReportOptions.DEFAULT));
            ReportSentences sentences = new ReportSentences(ReportText.vietnamese());
            assertThat(sentences.targets(ReportFixture.model(s, ReportPeriod.ofNineMonths(2024))))
                    .as("9 months: the year so far").get().asString().startsWith("So với chỉ tiêu kế hoạch cả năm 2024");
            assertThat(sentences.targets(ReportFixture.model(s, ReportPeriod.ofQuarter(2024, 3))))
                    .as("a third quarter alone against the year's target would understate it").isEmpty();

            assertThat(body).contains(
                    // legal basis: the city's plan of the year, recorded as a document, is cited
                    "Kế hoạch số 40/KH-UBND ngày 20/02/2024 của Ủy ban nhân dân thành phố về thực hiện công tác"
                            + " phòng, chống mua bán người năm 2024, Sở Lao động - Thương binh và Xã hội báo cáo",
                    // direction: one sentence per issuer, "về" not doubled
                    "Năm 2024, Ủy ban nhân dân thành phố ban hành Kế hoạch số 40/KH-UBND ngày 20/02/2024 về thực hiện"
                            + " công tác phòng, chống mua bán người năm 2024.",
                    "Sở Lao động - Thương binh và Xã hội ban hành Công văn số 512/SLĐTBXH-PCTNXH ngày 05/3/2024 về"
                            + " triển khai Tháng hành động phòng, chống mua bán người.",
                    // communication: the agency as subject, partners by name, topics and target groups as stored
                    "Năm 2024, Sở Lao động - Thương binh và Xã hội đã phối hợp với Bộ Chỉ huy Bộ đội Biên phòng thành"
                            + " phố và Công an thành phố triển khai công tác truyền thông, tuyên truyền phòng, chống mua"
                            + " bán người, tổ chức 3 buổi tuyên truyền cho 300 lượt người. Các hoạt động được lồng"
                            + " ghép với tuyên truyền phòng, chống ma túy (3 hoạt động) và HIV/AIDS (2 hoạt động).",
                    "Đối tượng tuyên truyền gồm: học sinh và sinh viên.",
                    // the target of the year
                    "So với kế hoạch năm 2024: buổi tuyên truyền đạt 75% kế hoạch (3/4 buổi).",
                    // detection: agencies and each case's status counted
                    "Về cơ quan phát hiện: lực lượng Công an 2 vụ và Bộ đội Biên phòng 1 vụ.",
                    "Về kết quả điều tra, xử lý: đang điều tra 1 vụ và đã truy tố 2 vụ.",
                    // inspection, cooperation, funding from their catalogue groups
                    "Năm 2024, Sở Lao động - Thương binh và Xã hội đã chủ trì, phối hợp tổ chức 2 cuộc kiểm tra,"
                            + " giám sát về công tác phòng, chống mua bán người.",
                    "Về hợp tác quốc tế, Sở Lao động - Thương binh và Xã hội đã phối hợp thực hiện 1 hoạt động hợp"
                            + " tác quốc tế.",
                    "Tổng kinh phí thực hiện công tác phòng, chống mua bán người năm 2024 là"
                            + " 250.000.000 đồng.");
            assertThat(body).as("one funding figure: its name not repeated after the sentence that says it")
                    .doesNotContain("250.000.000 đồng (");
            assertThat(body).doesNotContain("12/KH-UBND", "[Nhập kết quả công tác chỉ đạo");
            // their own sentences, not rows of Phụ lục I (communication by type), where đồng would add up with copies
            assertThat(m.appendices().get(0).rows()).extracting(r -> r.label())
                    .contains("Buổi tuyên truyền").doesNotContain("Kiểm tra, giám sát", "Hoạt động hợp tác quốc tế",
                            "Kinh phí phòng, chống mua bán người");
            // the drafted direction is no gap
            assertThat(Placeholders.of(m)).doesNotContain("1. Chỉ đạo, điều hành");
            assertThat(m.draft().section(Section.DIRECTION)).isPresent();
            // the warning says where to write what is left, to the one reading it
            assertThat(Placeholders.warning(Placeholders.of(m), Placeholders.Where.WINDOW))
                    .endsWith("Viết ở các ô và các mục của màn hình này rồi bấm Lưu nội dung báo cáo.")
                    .doesNotContain("atr draft");
            assertThat(Placeholders.warning(Placeholders.of(m), Placeholders.Where.COMMAND_LINE))
                    .endsWith("Viết bằng lệnh atr draft hoặc trên màn hình Báo cáo.");
        }
    }

    @Test
    void theCompilersOwnTextWinsAndAPeriodWithoutDataSaysNothingOfInspectionCooperationOrFunding() throws Exception {
        try (Services s = ReportFixture.sampleStore(dir)) {
            record2024(s);
            s.report().drafts().save(new ReportDraft(Y2024, null, null, null, null, List.of(),
                    Map.of(Section.DIRECTION, "Sở đã tham mưu Ủy ban nhân dân thành phố ban hành kế hoạch năm."),
                    ReportDraft.Status.DRAFT, 0));
            String body = text(ReportFixture.docx(s, ReportFixture.model(s, Y2024), dir.resolve("own.docx"),
                    ReportOptions.DEFAULT));
            assertThat(body).contains("Sở đã tham mưu Ủy ban nhân dân thành phố ban hành kế hoạch năm.")
                    .doesNotContain("ban hành Công văn số 512/SLĐTBXH-PCTNXH");

            String sample = text(ReportFixture.docx(s, ReportFixture.model(s, ReportFixture.Y2023),
                    dir.resolve("2023.docx"), ReportOptions.DEFAULT));
            assertThat(sample).doesNotContain("kiểm tra, giám sát về", "Về hợp tác quốc tế", "Tổng kinh phí thực hiện",
                    "So với kế hoạch năm");
        }
    }

    @Test
    void badDocumentsAndTargetsAreRefusedNamingTheFieldAndNothingIsStored() {
        try (Services s = ReportFixture.sampleStore(dir)) {
            ReportPeriod all = new ReportPeriod(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31));
            List<DirectionDocument> before = s.report().documents().issuedIn(all);
            assertThatThrownBy(() -> s.report().documents().save(document(DocumentKind.PLAN, " ",
                    LocalDate.of(1990, 1, 1), "Ủy ban nhân dân thành phố", "")))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("Số, ký hiệu văn bản: bắt buộc phải nhập")
                    .hasMessageContaining("Ngày ban hành văn bản: ngày 01/01/1990 nằm ngoài khoảng cho phép")
                    .hasMessageContaining("Trích yếu nội dung: bắt buộc phải nhập");
            assertThat(s.report().documents().issuedIn(all)).isEqualTo(before);

            assertThatThrownBy(() -> s.report().targets().set(new IndicatorTarget(2024, "NO_SUCH", 5)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("Chỉ số: không có mã \"NO_SUCH\" trong danh mục chỉ số");
            assertThatThrownBy(() -> s.report().targets().set(new IndicatorTarget(2024, "TRAINING", 0)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("Chỉ tiêu kế hoạch: phải lớn hơn 0");
            assertThat(s.report().targets().forYear(2024)).isEmpty();
        }
    }

    @Test
    void thePreviousPeriodsNarrativeStartsAnEmptyDraftAndNeverOverwritesOne() {
        try (Services s = ReportFixture.sampleStore(dir)) {
            ReportDraft y2023 = s.report().drafts().get(ReportFixture.Y2023);
            assertThat(s.report().drafts().previousNarrative(Y2024)).isPresent();

            ReportDraft started = s.report().drafts().startFromPrevious(Y2024);
            assertThat(started.section(Section.ASSESSMENT)).isEqualTo(y2023.section(Section.ASSESSMENT));
            assertThat(started.section(Section.TASKS)).isEqualTo(y2023.section(Section.TASKS));
            assertThat(started.signerName()).isEqualTo("Nguyễn Văn Minh");
            assertThat(started.number()).isNull(); // the number and date belong to one report
            assertThat(s.report().drafts().get(Y2024).section(Section.RECOMMENDATIONS))
                    .isEqualTo(y2023.section(Section.RECOMMENDATIONS));

            assertThatThrownBy(() -> s.report().drafts().startFromPrevious(Y2024))
                    .isInstanceOf(ServiceException.class).hasMessageContaining("đã có nội dung");
            assertThatThrownBy(() -> s.report().drafts().startFromPrevious(ReportPeriod.ofYear(2022)))
                    .isInstanceOf(ServiceException.class).hasMessageContaining("chưa có phần viết");
            assertThat(s.report().drafts().get(ReportPeriod.ofYear(2022)).sections()).isEmpty();
            // the report of 2022 has only what is drafted from the data: its legal basis
            assertThat(s.report().build(ReportPeriod.ofYear(2022), Optional.empty()).draft().sections())
                    .containsOnlyKeys(Section.LEGAL_BASIS);
        }
    }

    @Test
    void submittingKeepsTheDraftedTextWithTheFrozenFigures() throws Exception {
        try (Services s = ReportFixture.sampleStore(dir)) {
            record2024(s);
            s.report().submit(Y2024);
            assertThat(s.report().drafts().get(Y2024).section(Section.DIRECTION).orElseThrow())
                    .contains("Kế hoạch số 40/KH-UBND ngày 20/02/2024");
            s.report().documents().save(document(DocumentKind.DECISION, "99/QĐ-UBND", LocalDate.of(2024, 10, 1),
                    "Ủy ban nhân dân thành phố", "một quyết định ghi sau khi nộp"));
            String body = text(ReportFixture.docx(s, ReportFixture.model(s, Y2024), dir.resolve("nop.docx"),
                    ReportOptions.DEFAULT));
            assertThat(body).contains("Ủy ban nhân dân thành phố ban hành Kế hoạch số 40/KH-UBND ngày 20/02/2024")
                    .doesNotContain("99/QĐ-UBND", "[Nhập kết quả công tác chỉ đạo");
        }
    }
}
