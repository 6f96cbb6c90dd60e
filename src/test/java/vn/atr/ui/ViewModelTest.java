package vn.atr.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.Activity;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;
import vn.atr.service.Services;
import vn.atr.ui.activity.ActivityFormTestAccess;
import vn.atr.ui.common.Choice;
import vn.atr.ui.dashboard.DashboardViewModel;
import vn.atr.ui.shell.MainViewModel;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.shell.ErrorHandler;
import vn.atr.ui.shell.TaskRunner;
import vn.atr.ui.shell.WindowState;

/** View models without a window: parsing, validation messages, figures, periods. */
class ViewModelTest {
    @TempDir
    Path dir;
    private AppContext context;
    private Preferences prefs;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.VIETNAMESE);
        prefs = Preferences.userRoot().node("atr-vm-test-" + UUID.randomUUID());
        ErrorHandler errors = new ErrorHandler();
        context = new AppContext(Services.open(dir.resolve("atr.db")), TaskRunner.synchronous(errors), errors,
                new WindowState(prefs));
    }

    @AfterEach
    void close() throws Exception {
        context.close();
        prefs.removeNode();
    }

    @Test
    void theActivityFormParsesVietnameseNumbersAndDates() {
        var form = ActivityFormTestAccess.newForm(context, new Choice("OUTREACH_SESSION", "Buổi tuyên truyền"),
                new Choice("04", "Hải Phòng"));
        ActivityFormTestAccess.type(form, "4/1/2023", "10.215");
        Activity a = ActivityFormTestAccess.validate(form);
        assertThat(a).isNotNull();
        assertThat(a.startDate()).hasToString("2023-01-04");
        assertThat(a.participants()).isEqualTo(10_215);
        assertThat(a.typeCode()).isEqualTo("OUTREACH_SESSION");
    }

    @Test
    void theActivityFormNamesEveryProblem() {
        var form = ActivityFormTestAccess.newForm(context, null, new Choice("04", "Hải Phòng"));
        ActivityFormTestAccess.type(form, "29/02/2023", "-3");
        assertThat(ActivityFormTestAccess.validate(form)).isNull();
        assertThat(form.errors().messages())
                .containsEntry("startDate", "Ngày bắt đầu: 29/02/2023 không tồn tại: tháng 2/2023 không có ngày 29")
                .containsEntry("participants", "Số lượt người tham dự: không được là số âm (-3)")
                .containsEntry("typeCode", "Loại hoạt động: bắt buộc phải nhập");
    }

    @Test
    void theDashboardReadsTheSampleFigures() {
        context.services().sample().loadHaiPhong2023();
        var data = DashboardViewModel.read(context.services().dashboard(), ReportPeriod.ofYear(2023));
        assertThat(DashboardViewModel.figure(data.current(), "outreachSessions")).isEqualTo(54);
        assertThat(DashboardViewModel.figure(data.current(), "outreachParticipants")).isEqualTo(10_215);
        assertThat(DashboardViewModel.figure(data.previous(), "outreachSessions")).isZero();
        assertThat(data.byMonth()).isNotEmpty();
        assertThat(data.byUnit()).hasSizeLessThanOrEqualTo(10);
    }

    @Test
    void periodsOfferTheCurrentYearFirstAndRememberTheChoice() {
        var main = new MainViewModel(context);
        var periods = main.periods();
        assertThat(periods.get(0).to().getYear()).isEqualTo(ReportPeriod.reportYearOf(java.time.LocalDate.now()));
        assertThat(MainViewModel.label(ReportPeriod.ofYear(2023))).isEqualTo("Năm 2023 (15/12/2022 - 14/12/2023)");
        int year = periods.get(0).year();
        assertThat(periods).as("6 and 9 months and quarters of this year and the last, at the top too")
                .startsWith(ReportPeriod.ofYear(year), ReportPeriod.ofNineMonths(year), ReportPeriod.ofHalfYear(year))
                .contains(ReportPeriod.ofQuarter(year - 1, 3)).doesNotContain(ReportPeriod.ofHalfYear(year - 2))
                .contains(ReportPeriod.ofYear(year - 7));
        context.periodProperty().set(ReportPeriod.ofYear(2023));
        assertThat(context.windowState().reportYear(0)).isEqualTo(2023);
    }

    @Test
    void theDecreesPeriodsOfTheSelectedYearAreOfferedAndChosenForTheWholeWindow() {
        context.periodProperty().set(ReportPeriod.ofYear(2024));
        var model = new vn.atr.ui.report.ReportViewModel(context);
        assertThat(model.periods()).hasSize(19).startsWith(ReportPeriod.ofYear(2024), ReportPeriod.ofNineMonths(2024),
                ReportPeriod.ofHalfYear(2024), ReportPeriod.ofQuarter(2024, 1)).endsWith(ReportPeriod.ofMonth(2024, 12));
        model.choosePeriod(ReportPeriod.ofHalfYear(2024));
        assertThat(context.period()).isEqualTo(ReportPeriod.ofHalfYear(2024));
        assertThat(model.periods()).contains(ReportPeriod.ofYear(2024)).hasSize(19);
        assertThat(vn.atr.ui.common.PeriodLabels.label(ReportPeriod.ofHalfYear(2024)))
                .isEqualTo("6 tháng đầu năm 2024 (15/12/2023 - 14/06/2024)");
        assertThat(vn.atr.ui.common.PeriodLabels.label(ReportPeriod.ofQuarter(2024, 3))).isEqualTo("Quý III năm 2024 (15/06/2024 - 14/09/2024)");
        assertThat(vn.atr.ui.common.PeriodLabels.label(ReportPeriod.ofMonth(2024, 3))).isEqualTo("Tháng 3 năm 2024 (15/02/2024 - 14/03/2024)");
        assertThat(vn.atr.ui.common.PeriodLabels.label(ReportPeriod.ofYear(2023))).isEqualTo("Năm 2023 (15/12/2022 - 14/12/2023)");
    }
}
