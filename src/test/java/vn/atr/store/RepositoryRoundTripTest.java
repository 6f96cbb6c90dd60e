package vn.atr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.ActivityType;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.AgeBand;
import vn.atr.domain.CaseScope;
import vn.atr.domain.CaseStatus;
import vn.atr.domain.DetectingAgency;
import vn.atr.domain.ExploitationForm;
import vn.atr.domain.LegalStatus;
import vn.atr.domain.Measure;
import vn.atr.domain.Meta;
import vn.atr.domain.Organisation;
import vn.atr.domain.OutreachMetric;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.ReturnPath;
import vn.atr.domain.Sex;
import vn.atr.domain.SupportService;
import vn.atr.domain.SupportType;
import vn.atr.domain.Topic;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.UnitLevel;
import vn.atr.domain.ValidationException;
import vn.atr.domain.Victim;
import vn.atr.domain.VictimIdentity;

class RepositoryRoundTripTest {
    private static final LocalDate DAY = LocalDate.of(2023, 5, 10);

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = openStore();
    }

    /** The store under test; {@link RepositoryRoundTripPgTest} runs the same tests on PostgreSQL. */
    Database openStore() {
        return Database.open(dir.resolve("atr.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Activity activity(int participants) {
        return new Activity(Meta.fresh("an"), "305", ActivityType.OUTREACH_SESSION, DAY, DAY.plusDays(1), "Tuyên truyền",
                "SLDTBXH", List.of("HLHPN", "DTN"), Set.of(Topic.DRUGS, Topic.HIV_AIDS), "Hội viên", participants, 0,
                "ghi chú");
    }

    static TraffickingCase trafficCase() {
        return new TraffickingCase(Meta.fresh("an"), "305", "HP-1", DAY, DetectingAgency.BORDER_GUARD,
                CaseScope.CROSS_BORDER, "Trung Quốc", Set.of(ExploitationForm.FORCED_MARRIAGE, ExploitationForm.SEXUAL),
                CaseStatus.INVESTIGATING, 2, null);
    }

    static Victim victim(String caseId) {
        return new Victim(Meta.fresh("an"), "305", caseId, "NN-1", Sex.FEMALE, 1998, AgeBand.FROM_18_TO_30.name(), "Mông",
                "Trung Quốc", false, "08", LegalStatus.VICTIM, Set.of(ExploitationForm.FORCED_MARRIAGE),
                ReturnPath.HANDED_OVER, DAY, DAY.plusDays(20), true, null);
    }

    @Test
    void activityRoundTripUpdateAndSoftDelete() {
        ActivityRepository repo = new ActivityRepository(db);
        Activity stored = repo.insert(activity(120), "an");
        assertThat(stored.meta().version()).isEqualTo(1);
        Activity read = repo.find(stored.meta().id()).orElseThrow();
        assertThat(read).usingRecursiveComparison().ignoringFields("meta").isEqualTo(activity(120));
        assertThat(read.meta().updatedBy()).isEqualTo("an");

        Activity edited = new Activity(read.meta(), read.unitCode(), read.typeCode(), read.startDate(), read.endDate(),
                "Đã sửa", read.leadOrg(), read.partnerOrgs(), read.topics(), read.targetGroup(), 200, 0, null);
        Activity v2 = repo.update(edited, "binh");
        assertThat(v2.meta().version()).isEqualTo(2);
        assertThat(repo.find(read.meta().id()).orElseThrow().title()).isEqualTo("Đã sửa");
        assertThat(repo.find(read.meta().id()).orElseThrow().meta().updatedBy()).isEqualTo("binh");

        // The first reader's copy is now stale: its update is refused, nothing changes.
        assertThatThrownBy(() -> repo.update(edited, "chi")).isInstanceOf(ValidationException.class)
                .hasMessageContaining(read.meta().id());

        Activity deleted = repo.softDelete(read.meta().id(), "binh");
        assertThat(deleted.meta().deleted()).isTrue();
        assertThat(deleted.meta().version()).isEqualTo(3);
        assertThat(repo.find(read.meta().id())).get().extracting(a -> a.meta().deleted()).isEqualTo(true);
        assertThat(repo.listActive()).isEmpty();
    }

    @Test
    void invalidRecordIsNotStored() {
        ActivityRepository repo = new ActivityRepository(db);
        assertThatThrownBy(() -> repo.insert(activity(-1), "an")).isInstanceOf(ValidationException.class);
        assertThat(repo.countActive()).isZero();
    }

    @Test
    void aPartnerNameHoldingTheListSeparatorIsRefusedNotSplit() {
        ActivityRepository repo = new ActivityRepository(db);
        Activity a = activity(10);
        Activity joined = new Activity(a.meta(), a.unitCode(), a.typeCode(), a.startDate(), a.endDate(), a.title(),
                a.leadOrg(), List.of("Hội Phụ nữ; Đoàn Thanh niên"), a.topics(), a.targetGroup(), 10, 0, null);
        assertThatThrownBy(() -> repo.insert(joined, "an")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Hội Phụ nữ; Đoàn Thanh niên").hasMessageContaining(";");
        assertThat(repo.countActive()).isZero();
    }

    @Test
    void dailyTotalsFollowInsertsUpdatesAndDeletes() {
        ActivityRepository repo = new ActivityRepository(db);
        SummaryQuery summary = new SummaryQuery(db);
        ReportPeriod year = ReportPeriod.ofYear(2023);
        Activity a = repo.insert(activity(100), "an");
        repo.insert(activity(50), "an");
        assertThat(summary.summary(year, Optional.empty()).outreachParticipants()).isEqualTo(150);
        Activity moved = new Activity(a.meta(), a.unitCode(), a.typeCode(), LocalDate.of(2024, 1, 5), null, a.title(),
                a.leadOrg(), a.partnerOrgs(), a.topics(), a.targetGroup(), 70, 0, null);
        repo.update(moved, "an");
        assertThat(summary.summary(year, Optional.empty()).outreachSessions()).isEqualTo(1);
        assertThat(summary.summary(ReportPeriod.ofYear(2024), Optional.empty()).outreachParticipants()).isEqualTo(70);
        repo.softDelete(a.meta().id(), "an");
        assertThat(summary.summary(ReportPeriod.ofYear(2024), Optional.empty()).outreachSessions()).isZero();
    }

    @Test
    void metricRoundTrip() {
        OutreachMetricRepository repo = new OutreachMetricRepository(db);
        OutreachMetric m = new OutreachMetric(Meta.fresh("an"), "04", OutreachMetric.WEBSITE_VISITS,
                LocalDate.of(2022, 12, 15), LocalDate.of(2023, 12, 14), 50640, null);
        OutreachMetric stored = repo.insert(m, "an");
        assertThat(repo.find(stored.meta().id()).orElseThrow()).usingRecursiveComparison().ignoringFields("meta")
                .isEqualTo(m);
        repo.softDelete(stored.meta().id(), "an");
        assertThat(repo.countActive()).isZero();
    }

    @Test
    void caseVictimIdentityAndSupportRoundTrip() {
        CaseRepository cases = new CaseRepository(db);
        VictimRepository victims = new VictimRepository(db);
        SupportServiceRepository support = new SupportServiceRepository(db);
        VictimIdentityRepository identities = new VictimIdentityRepository(db);

        TraffickingCase c = cases.insert(trafficCase(), "an");
        assertThat(cases.find(c.meta().id()).orElseThrow()).usingRecursiveComparison().ignoringFields("meta")
                .isEqualTo(trafficCase());
        Victim v = victims.insert(victim(c.meta().id()), "an");
        assertThat(victims.listForCase(c.meta().id())).singleElement().usingRecursiveComparison()
                .ignoringFields("meta").isEqualTo(victim(c.meta().id()));

        identities.save(new VictimIdentity(v.meta().id(), "Nguyễn Thị A", "031190001234", "Lê Chân", "0912345678"), "an");
        assertThat(identities.find(v.meta().id())).get().extracting(VictimIdentity::fullName).isEqualTo("Nguyễn Thị A");
        identities.save(new VictimIdentity(v.meta().id(), "Nguyễn Thị B", null, null, null), "an");
        assertThat(identities.find(v.meta().id())).get().extracting(VictimIdentity::idNumber).isNull();

        SupportService s = support.insert(new SupportService(Meta.fresh("an"), "305", v.meta().id(),
                SupportType.MEDICAL, DAY, "Bệnh viện", 2_350_000, null), "an");
        assertThat(support.listForVictim(v.meta().id())).singleElement()
                .extracting(SupportService::amountVnd).isEqualTo(2_350_000L);
        support.softDelete(s.meta().id(), "an");
        assertThat(support.listForVictim(v.meta().id())).isEmpty();

        Victim v2 = victims.update(v, "binh");
        assertThat(v2.meta().version()).isEqualTo(2);
        cases.softDelete(c.meta().id(), "an");
        assertThat(cases.countActive()).isZero();
    }

    @Test
    void victimOfAnUnknownCaseIsRefused() {
        VictimRepository victims = new VictimRepository(db);
        assertThatThrownBy(() -> victims.insert(victim(vn.atr.domain.Ids.newId()), "an"))
                .isInstanceOf(StoreException.class);
        assertThat(victims.countActive()).isZero();
    }

    @Test
    void referenceDataIsEditable() {
        AdminUnitRepository units = new AdminUnitRepository(db);
        AdminUnit retired = new AdminUnit("305", "Quận Lê Chân", UnitLevel.DISTRICT, "quan", "04", null,
                LocalDate.of(2025, 6, 30), "10305013");
        units.save(retired);
        assertThat(units.find("305")).contains(retired);
        assertThatThrownBy(() -> units.save(new AdminUnit("", "", null, null, null, null, null, null)))
                .isInstanceOf(ValidationException.class);

        ReferenceRepository ref = new ReferenceRepository(db);
        ref.saveActivityType(new ActivityType("LOUDSPEAKER", "Phát thanh loa", "Loudspeaker", Measure.MINUTES, true));
        assertThat(ref.activityType("LOUDSPEAKER")).get().extracting(ActivityType::measure).isEqualTo(Measure.MINUTES);
        ref.saveOrganisation(new Organisation("CATP", "Công an thành phố Hải Phòng", "police", false));
        assertThat(ref.organisations()).filteredOn(o -> o.code().equals("CATP")).singleElement()
                .extracting(Organisation::active).isEqualTo(false);

        SettingsRepository settings = new SettingsRepository(db);
        settings.put("agency.signerName", "Trần Văn B");
        assertThat(settings.agency().signerName()).isEqualTo("Trần Văn B");
    }
}
