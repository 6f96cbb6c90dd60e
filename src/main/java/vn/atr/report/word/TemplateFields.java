package vn.atr.report.word;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import vn.atr.domain.Summary;
import vn.atr.domain.VnFormats;
import vn.atr.domain.report.Figures;
import vn.atr.domain.report.Withholding;
import vn.atr.domain.report.ReportModel;
import vn.atr.domain.report.ReportOptions;
import vn.atr.report.AgencyName;
import vn.atr.report.ReportSentences;
import vn.atr.report.ReportText;

/**
 * The fields a report template may use inside its own text ({@code {{so_buoi_tuyen_truyen}}}), with their
 * values for a model; names are Vietnamese without diacritics so that a Department's staff can read and type
 * them. Every figure also exists for the previous period with the suffix {@code _ky_truoc}. The names of the
 * blocks (header table, sections, charts, signature, appendices) are here too, those of the body's in
 * {@link WordBody}. docs/report.md lists them all.
 */
final class TemplateFields {
    /** Blocks of the front and back matter. */
    static final String HEADER = "dau_van_ban";
    static final String SIGNATURE = "noi_nhan_chu_ky";
    static final String APPENDIX = "phu_luc";
    /** Fields of the front matter. */
    static final String SUBJECT = "trich_yeu";
    static final String CUT_OFF = "moc_so_lieu";
    static final String RECIPIENT = "kinh_gui";
    static final String PREVIOUS = "_ky_truoc";

    /** A figure of the summary, and whether it counts victims (written "dưới 5" under suppression). */
    private record Figure(String name, ToLongFunction<Summary> value, boolean victims) {
    }

    private static final Figure[] FIGURES = {
        new Figure("so_hoat_dong", null, false),
        new Figure("so_lop_tap_huan", Summary::trainingCourses, false),
        new Figure("so_nguoi_tap_huan", Summary::trainingParticipants, false),
        new Figure("so_buoi_tuyen_truyen", Summary::outreachSessions, false),
        new Figure("so_luot_nguoi_tuyen_truyen", Summary::outreachParticipants, false),
        new Figure("so_to_roi", Summary::leaflets, false),
        new Figure("so_diem_bang_ron", Summary::bannerPlaces, false),
        new Figure("so_tin_bai", Summary::newsArticles, false),
        new Figure("so_van_ban_dang_tai", Summary::legalDocumentsPosted, false),
        new Figure("so_tin_trang_web", Summary::websiteNewsItems, false),
        new Figure("so_luot_truy_cap", Summary::websiteVisits, false),
        new Figure("so_hoi_nghi", Summary::conferences, false),
        new Figure("so_buoi_phat_thanh", Summary::broadcasts, false),
        new Figure("so_vu", Summary::cases, false),
        new Figure("so_nan_nhan", Summary::victims, true),
        new Figure("so_nan_nhan_dia_phuong", Summary::victimsLocal, true),
        new Figure("so_nan_nhan_tinh_khac", Summary::victimsOtherProvince, true),
        new Figure("so_nan_nhan_tro_ve", Summary::victimsReturned, true),
        new Figure("so_luot_ho_tro", Summary::supportServices, false),
        new Figure("so_tien_ho_tro", Summary::supportAmountVnd, false),
    };

    private TemplateFields() {
    }

    /** Every field's value for {@code m}, in the order docs/report.md lists them. */
    static Map<String, String> values(ReportModel m, ReportText text, ReportOptions options) {
        ReportSentences sentences = new ReportSentences(text, options);
        Map<String, String> v = new LinkedHashMap<>();
        v.put(SUBJECT, sentences.subject(m));
        v.put(CUT_OFF, sentences.cutOff(m.period()));
        v.put(RECIPIENT, WordFront.nz(m.agency().recipient()));
        v.put("so_ky_hieu", WordFront.numberLine(text, m));
        v.put("dia_danh_ngay", WordFront.placeDate(text, WordFront.nz(m.agency().placeName()), m.draft().date(),
                WordFront.issueYear(m.period())));
        v.put("co_quan", AgencyName.inText(WordFront.nz(m.agency().issuingAgency())));
        v.put("co_quan_cap_tren", AgencyName.inText(WordFront.nz(m.agency().superiorAgency())));
        v.put("ky_bao_cao", sentences.periodPhrase(m.period()));
        v.put("tu_ngay", VnFormats.date(m.period().from()));
        v.put("den_ngay", VnFormats.date(m.period().to()));
        figures(v, m.current(), "", text, options);
        figures(v, m.previous(), PREVIOUS, text, options);
        return v;
    }

    /**
     * The figures of one period. A previous period without any record in the store (ATR began with this one)
     * has no figures: "-", as a table writes a figure not available, rather than a 0 the reader takes for nothing
     * done that year.
     */
    private static void figures(Map<String, String> v, Figures f, String suffix, ReportText text, ReportOptions o) {
        boolean unknown = suffix.equals(PREVIOUS) && !f.hasData();
        java.util.Set<String> withheld = o.suppressSmall() ? withheld(f.summary()) : java.util.Set.of();
        for (Figure fig : FIGURES) {
            long n = fig.value() == null ? f.activities() : fig.value().applyAsLong(f.summary());
            boolean small = fig.victims() && o.suppressSmall() && n > 0 && n < ReportOptions.SMALL;
            v.put(fig.name() + suffix, unknown ? text.get("template.noFigure")
                    : small ? text.get("victims.suppressed")
                    : withheld.contains(fig.name()) ? text.get("appendix.withheld") : VnFormats.number(n));
        }
    }

    /**
     * The victim figures withheld beside a small one, as the text and the appendix withhold them (ADR 0195): the
     * total less the city's own victims gives those of other provinces, the total less the returned those not yet
     * back, so a small count on either side takes the other with it ("x").
     */
    private static java.util.Set<String> withheld(Summary s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        java.util.Set<Integer> residence = Withholding.beside(List.of(s.victimsLocal(), s.victimsOtherProvince()));
        if (residence.contains(0)) {
            out.add("so_nan_nhan_dia_phuong");
        }
        if (residence.contains(1)) {
            out.add("so_nan_nhan_tinh_khac");
        }
        if (Withholding.beside(List.of(s.victimsReturned(), s.victims() - s.victimsReturned())).contains(0)) {
            out.add("so_nan_nhan_tro_ve");
        }
        return out;
    }
}
