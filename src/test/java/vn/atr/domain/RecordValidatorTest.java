package vn.atr.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordValidatorTest {
    private static final LocalDate DAY = LocalDate.of(2023, 5, 10);

    static Activity activity(int participants, long quantity, LocalDate start, LocalDate end) {
        return new Activity(Meta.fresh("test"), "305", ActivityType.OUTREACH_SESSION, start, end, "Tuyên truyền",
                "SLDTBXH", List.of("HLHPN"), Set.of(Topic.DRUGS), "Hội viên", participants, quantity, null);
    }

    static TraffickingCase trafficCase(CaseScope scope, String country) {
        return new TraffickingCase(Meta.fresh("test"), "305", "HP-1", DAY, DetectingAgency.POLICE, scope, country,
                Set.of(ExploitationForm.SEXUAL), CaseStatus.INVESTIGATING, 1, null);
    }

    static Victim victim(Integer birthYear, boolean domestic, String country, ReturnPath path, LocalDate returned) {
        return new Victim(Meta.fresh("test"), "305", Ids.newId(), "NN-1", Sex.FEMALE, birthYear, AgeBand.FROM_18_TO_30.name(),
                "Kinh", country, domestic, "04", LegalStatus.VICTIM, Set.of(), path, DAY, returned, true, null);
    }

    /** {@code v} with other notes. */
    private static Victim withNotes(Victim v, String notes) {
        return new Victim(v.meta(), v.unitCode(), v.caseId(), v.victimCode(), v.sex(), v.birthYear(), v.ageBand(),
                v.ethnicity(), v.destinationCountry(), v.traffickedWithinVietnam(), v.residenceProvinceCode(),
                v.legalStatus(), v.exploitationForms(), v.returnPath(), v.identificationDate(), v.returnedDate(),
                v.consentToDataUse(), notes);
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void validActivityPasses() {
        assertThat(RecordValidator.validate(activity(120, 0, DAY, DAY.plusDays(1)))).isEmpty();
    }

    @Test
    void everyProblemOfAnActivityIsReportedAtOnce() {
        Activity bad = new Activity(Meta.fresh("test"), " ", null, null, null, "x".repeat(2001), null, null, null,
                null, -5, -1, null);
        List<Violation> v = RecordValidator.validate(bad);
        assertThat(fields(v)).contains("unitCode", "typeCode", "startDate", "title", "participants", "quantity");
        assertThat(v).extracting(Violation::message).anyMatch(m -> m.startsWith("Số lượt người tham dự: không được là số âm"));
    }

    @Test
    void partnerNamesAreCheckedItemByItem() {
        Activity a = activity(10, 0, DAY, null);
        Activity bad = new Activity(a.meta(), a.unitCode(), a.typeCode(), DAY, null, a.title(), a.leadOrg(),
                List.of("HLHPN", "Công an; Biên phòng", "=HYPERLINK(\"x\")", "x".repeat(201)), a.topics(),
                a.targetGroup(), 10, 0, null);
        List<Violation> v = RecordValidator.validate(bad);
        assertThat(fields(v)).containsOnly("partnerOrgs").hasSize(3);
        assertThat(v).extracting(Violation::message)
                .anyMatch(m -> m.contains("Công an; Biên phòng") && m.contains("ngăn cách"))
                .anyMatch(m -> m.contains("công thức"))
                .anyMatch(m -> m.contains("200"));
    }

    @Test
    void activityEndingBeforeItStartsIsRefused() {
        List<Violation> v = RecordValidator.validate(activity(10, 0, DAY, DAY.minusDays(3)));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("endDate");
            assertThat(x.message()).contains("07/05/2023").contains("10/05/2023");
        });
    }

    @Test
    void implausiblyLargeCountsAndFarDatesAreRefused() {
        assertThat(fields(RecordValidator.validate(activity(2_000_000, 0, DAY, null)))).containsExactly("participants");
        assertThat(fields(RecordValidator.validate(activity(1, 0, LocalDate.of(1999, 1, 1), null))))
                .containsExactly("startDate");
    }

    @Test
    void aDayThatHasNotComeIsRefusedForWhatHasHappened() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        LocalDate tomorrow = today.plusDays(1);
        assertThat(RecordValidator.validate(activity(10, 0, LocalDate.of(2062, 3, 5), null)))
                .as("a stored record may hold such a day (an older version, a package)").isEmpty();
        assertThat(RecordValidator.forEntry(activity(10, 0, today, tomorrow.plusDays(30)), today))
                .as("an activity under way may end later").isEmpty();
        List<Violation> typo = RecordValidator.forEntry(activity(10, 0, LocalDate.of(2062, 3, 5), null), today);
        assertThat(typo).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("startDate");
            assertThat(x.message()).contains("05/03/2062").contains("04/12/2026").contains("chưa đến");
        });
        assertThat(fields(RecordValidator.forEntry(activity(10, 0, LocalDate.of(2101, 1, 1), null), today)))
                .as("a day out of range has its own message only").containsExactly("startDate");

        TraffickingCase c = trafficCase(CaseScope.DOMESTIC, null);
        assertThat(fields(RecordValidator.forEntry(new TraffickingCase(c.meta(), c.unitCode(), c.caseCode(), tomorrow,
                c.detectingAgency(), c.scope(), null, c.exploitationForms(), c.status(), 1, null), today)))
                .containsExactly("detectionDate");
        Victim v = victim(1998, true, null, ReturnPath.RESCUED, tomorrow);
        assertThat(fields(RecordValidator.forEntry(v, today))).containsExactly("returnedDate");
        assertThat(fields(RecordValidator.forEntry(new SupportService(Meta.fresh("test"), "305", "victim",
                SupportType.MEDICAL, tomorrow, "BV", 0, null), today))).containsExactly("serviceDate");
        assertThat(RecordValidator.forEntry(new OutreachMetric(Meta.fresh("test"), "04", OutreachMetric.WEBSITE_VISITS,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 10, null), today))
                .as("a year's measurement entered before its end").isEmpty();
        assertThat(fields(RecordValidator.forEntry(new OutreachMetric(Meta.fresh("test"), "04",
                OutreachMetric.WEBSITE_VISITS, tomorrow, tomorrow.plusDays(9), 10, null), today)))
                .containsExactly("periodFrom");
        assertThat(fields(RecordValidator.forEntry(new DirectionDocument(Meta.fresh("test"), "04", DocumentKind.PLAN,
                "75/KH-UBND", tomorrow, "UBND thành phố", "Kế hoạch"), today))).containsExactly("issuedOn");
    }

    @Test
    void badIdIsRefused() {
        Activity a = activity(1, 0, DAY, null).withMeta(Meta.fresh("not-a-uuid", "test"));
        assertThat(fields(RecordValidator.validate(a))).containsExactly("id");
    }

    @Test
    void crossBorderCaseNeedsADestination() {
        assertThat(RecordValidator.validate(trafficCase(CaseScope.DOMESTIC, null))).isEmpty();
        assertThat(fields(RecordValidator.validate(trafficCase(CaseScope.CROSS_BORDER, " "))))
                .containsExactly("destinationCountry");
    }

    @Test
    void victimRules() {
        assertThat(RecordValidator.validate(victim(1998, true, null, ReturnPath.RESCUED, DAY.plusDays(3)))).isEmpty();
        assertThat(fields(RecordValidator.validate(victim(1850, true, null, ReturnPath.RESCUED, null))))
                .containsExactly("birthYear");
        assertThat(fields(RecordValidator.validate(victim(1998, false, null, ReturnPath.RESCUED, null))))
                .containsExactly("destinationCountry");
        assertThat(fields(RecordValidator.validate(victim(1998, true, null, ReturnPath.NOT_RETURNED, DAY))))
                .containsExactly("returnPath");
        assertThat(RecordValidator.validate(victim(1998, true, null, ReturnPath.HANDED_OVER, DAY.minusDays(20))))
                .as("handed over at the border, identified after the reception's checks").isEmpty();
    }

    @Test
    void onEntryAVictimsBirthYearAgeBandAndDestinationMustAgree() {
        LocalDate today = DAY.plusYears(1);
        int year = DAY.getYear();
        assertThat(RecordValidator.forEntry(victim(year - 30, true, null, ReturnPath.RESCUED, null), today))
                .as("30 or 29 at identification: 18 to 30").isEmpty();
        assertThat(RecordValidator.forEntry(victim(year - 18, true, "Việt Nam", ReturnPath.RESCUED, null), today))
                .as("18 or 17: the band fits one of the two ages").isEmpty();
        List<Violation> child = RecordValidator.forEntry(victim(year - 15, true, null, ReturnPath.RESCUED, null), today);
        assertThat(fields(child)).containsExactly("ageBand");
        assertThat(child.get(0).message()).contains("năm sinh " + (year - 15),
                "năm " + year + ", nạn nhân 14 hoặc 15 tuổi, thuộc nhóm \"Từ 12 đến dưới 16 tuổi\"");
        assertThat(child.get(0).message(java.util.Locale.ENGLISH)).contains("in the band \"12 to 15\"");
        List<Violation> straddling = RecordValidator.forEntry(victim(year - 16, true, null, ReturnPath.RESCUED, null),
                today);
        assertThat(straddling.get(0).message()).as("15 or 16: two bands, neither named")
                .contains("nạn nhân 15 hoặc 16 tuổi)").doesNotContain("thuộc nhóm");
        assertThat(fields(RecordValidator.forEntry(victim(year + 1, true, null, ReturnPath.RESCUED, null), today)))
                .containsExactly("birthYear");
        List<Violation> abroad = RecordValidator.forEntry(victim(1998, true, "Trung Quốc", ReturnPath.RESCUED, null), today);
        assertThat(fields(abroad)).containsExactly("destinationCountry");
        assertThat(abroad.get(0).message()).contains("Bị mua bán trong nước", "Trung Quốc");
        assertThat(RecordValidator.validate(victim(year - 15, true, "Trung Quốc", ReturnPath.RESCUED, null)))
                .as("a stored or merged record is not refused for it").isEmpty();
    }

    /** Notes travel in clear in packages: an identity number typed there is refused on entry, masked in the message. */
    @Test
    void onEntryAVictimsNotesHoldNoIdentityNumber() {
        LocalDate today = DAY.plusYears(1);
        Victim v = victim(1998, true, null, ReturnPath.RESCUED, null);
        Victim cccd = withNotes(v, "Nguyễn Văn A, CCCD 031090001234");
        List<Violation> found = RecordValidator.forEntry(cccd, today);
        assertThat(fields(found)).containsExactly("notes");
        assertThat(found.get(0).message()).contains("031…34", "không ghi số giấy tờ").doesNotContain("031090001234");
        Victim phone = withNotes(v, "Gia đình liên hệ 0912345678, hỗ trợ 500.000 đồng ngày 12/04/2023");
        assertThat(RecordValidator.forEntry(phone, today)).as("a phone number").singleElement()
                .satisfies(x -> assertThat(x.message()).contains("số điện thoại", "091…78"));
        Victim amounts = withNotes(v, "Hỗ trợ 500.000 đồng ngày 12/04/2023, mã hồ sơ 2023-0091");
        assertThat(RecordValidator.forEntry(amounts, today)).as("an amount, a date, a file number").isEmpty();
        for (String grouped : new String[] {"CCCD 031 090 001 234", "CCCD: 031.090.001.234."}) {
            Victim g = withNotes(v, grouped);
            assertThat(RecordValidator.forEntry(g, today)).as(grouped).extracting(Violation::field).containsExactly("notes");
        }
        Victim money = withNotes(v, "Hỗ trợ 500.000.000 đồng, 1.500.000.000 đồng vay vốn");
        assertThat(RecordValidator.forEntry(money, today)).as("amounts in groups").isEmpty();
        assertThat(RecordValidator.validate(cccd)).as("stored or merged: not refused").isEmpty();
    }

    /** A type counted by its quantity needs one on entry; sessions do not. */
    @Test
    void onEntryAnActivityCountedByQuantityHasOne() {
        Activity none = activity(0, 0, DAY, DAY);
        assertThat(RecordValidator.quantityProblem(none, true, "Tin bài")).hasValueSatisfying(v -> {
            assertThat(v.field()).isEqualTo("quantity");
            assertThat(v.message()).contains("\"Tin bài\" được tính theo số lượng", "lớn hơn 0");
        });
        assertThat(RecordValidator.quantityProblem(activity(0, 70, DAY, DAY), true, "Tin bài")).isEmpty();
        assertThat(RecordValidator.quantityProblem(none, false, "Hoạt động khác")).isEmpty();
    }

    /** No record's notes are encrypted: a document or telephone number is refused in every one of them on entry. */
    @Test
    void onEntryNoRecordsNotesHoldADocumentOrTelephoneNumber() {
        LocalDate today = DAY.plusYears(1);
        TraffickingCase c = trafficCase(CaseScope.DOMESTIC, null);
        TraffickingCase suspect = new TraffickingCase(c.meta(), c.unitCode(), c.caseCode(), c.detectionDate(),
                c.detectingAgency(), c.scope(), c.destinationCountry(), c.exploitationForms(), c.status(), c.suspects(),
                "Đối tượng Trần Văn B, CCCD 031090001234");
        assertThat(RecordValidator.forEntry(suspect, today)).extracting(Violation::field).containsExactly("notes");
        assertThat(RecordValidator.validate(suspect)).as("stored or merged: not refused").isEmpty();
        SupportService support = new SupportService(Meta.fresh("test"), "305", "v", SupportType.MEDICAL, DAY, "Bệnh viện",
                500_000, "Chị Đào, SĐT 0912 345 678");
        assertThat(RecordValidator.forEntry(support, today)).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("số điện thoại").doesNotContain("345"));
        Activity a = activity(30, 0, DAY, DAY);
        Activity noted = new Activity(a.meta(), a.unitCode(), a.typeCode(), a.startDate(), a.endDate(), a.title(),
                a.leadOrg(), a.partnerOrgs(), a.topics(), a.targetGroup(), a.participants(), a.quantity(),
                "Liên hệ cán bộ xã 0225.3842.111");
        assertThat(RecordValidator.forEntry(noted, today)).extracting(Violation::field).containsExactly("notes");
        Activity plain = new Activity(a.meta(), a.unitCode(), a.typeCode(), a.startDate(), a.endDate(), a.title(),
                a.leadOrg(), a.partnerOrgs(), a.topics(), a.targetGroup(), a.participants(), a.quantity(),
                "Kinh phí 1.500.000.000 đồng, 120 người, Kế hoạch 75/KH-UBND");
        assertThat(RecordValidator.forEntry(plain, today)).isEmpty();
    }

    @Test
    void onEntryACaseWithinVietnamNamesNoDestinationAbroad() {
        TraffickingCase abroad = new TraffickingCase(Meta.fresh("test"), "305", "HP-1", DAY, DetectingAgency.POLICE,
                CaseScope.DOMESTIC, "Trung Quốc", Set.of(ExploitationForm.SEXUAL), CaseStatus.INVESTIGATING, 1, null);
        assertThat(fields(RecordValidator.forEntry(abroad, DAY))).containsExactly("destinationCountry");
        assertThat(RecordValidator.validate(abroad)).as("stored or merged: not refused").isEmpty();
    }

    @Test
    void identityFieldsAreChecked() {
        assertThat(RecordValidator.validate(new VictimIdentity("v", "Nguyễn Thị A", "031190001234", "Lê Chân",
                "0912 345 678"))).isEmpty();
        assertThat(fields(RecordValidator.validate(new VictimIdentity("v", null, "12-34", null, "call me"))))
                .containsExactlyInAnyOrder("idNumber", "phone");
    }

    @Test
    void supportAndMetricRules() {
        SupportService s = new SupportService(Meta.fresh("test"), "305", "victim", SupportType.MEDICAL, DAY, "BV",
                -1, null);
        assertThat(fields(RecordValidator.validate(s))).containsExactly("amountVnd");
        OutreachMetric m = new OutreachMetric(Meta.fresh("test"), "04", OutreachMetric.WEBSITE_VISITS, DAY,
                DAY.minusDays(1), 10, null);
        assertThat(fields(RecordValidator.validate(m))).containsExactly("periodTo");
    }

    @Test
    void anOrganisationNeedsACodeAndANameAndRefusesAFormula() {
        assertThat(RecordValidator.validate(new Organisation("CA-HP", "Công an thành phố", "police", true))).isEmpty();
        assertThat(fields(RecordValidator.validate(new Organisation(" ", null, "=cmd|' /C calc'!A0", true))))
                .containsExactlyInAnyOrder("code", "name", "kind");
    }

    @Test
    void theAgencyNeedsItsIssuingAgencyAndThisInstallationsUnit() {
        AgencySettings ok = new AgencySettings("UBND TP HẢI PHÒNG", "SỞ Y TẾ", "SYT", "Hải Phòng", null, null, null,
                "04", "04");
        assertThat(RecordValidator.validate(ok)).isEmpty();
        AgencySettings bad = new AgencySettings(null, "", "x".repeat(201), null, null, null, null, "04", null);
        assertThat(fields(RecordValidator.validate(bad)))
                .containsExactlyInAnyOrder("issuingAgency", "installationUnitCode", "abbreviation");
    }
}
