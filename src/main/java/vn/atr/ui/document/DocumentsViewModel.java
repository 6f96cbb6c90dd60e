package vn.atr.ui.document;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.atr.domain.DirectionDocument;
import vn.atr.domain.DocumentKind;
import vn.atr.domain.IndicatorTarget;
import vn.atr.domain.catalog.Indicator;
import vn.atr.service.report.TargetService;
import vn.atr.domain.Meta;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.VnFormats;
import vn.atr.ui.common.Choice;
import vn.atr.ui.common.ReferenceChoices;
import vn.atr.ui.common.form.Field;
import vn.atr.ui.common.form.RecordEdit;
import vn.atr.ui.common.form.RecordForm;
import vn.atr.ui.shell.AppContext;

/**
 * The direction documents issued in the period (the report's direction section is drafted from them) and the
 * year's targets (the report gives the share of each reached): the lists, their forms and their actions, through
 * the same DocumentService and TargetService as {@code atr document} and {@code atr target}.
 */
public final class DocumentsViewModel {
    private final AppContext context;
    private final ObservableList<DirectionDocument> documents = FXCollections.observableArrayList();
    private final ObservableList<IndicatorTarget> targets = FXCollections.observableArrayList();
    private ReferenceChoices choices = ReferenceChoices.EMPTY;
    private List<Indicator> catalogue = List.of();

    public DocumentsViewModel(AppContext context) {
        this.context = context;
    }

    public ObservableList<DirectionDocument> documents() {
        return documents;
    }

    public ObservableList<IndicatorTarget> targets() {
        return targets;
    }

    /** Reads the choice lists and the catalogue, then the documents of the period and the targets of its year. */
    public void load() {
        context.tasks().run(() -> new Loaded(ReferenceChoices.read(context.services().reference()),
                context.services().catalog().list()), l -> {
            choices = l.choices();
            catalogue = l.catalogue();
            refresh();
        });
    }

    private record Loaded(ReferenceChoices choices, List<Indicator> catalogue) {
    }

    public void refresh() {
        var p = context.period();
        context.tasks().run(() -> context.services().report().documents().issuedIn(p), documents::setAll);
        context.tasks().run(() -> context.services().report().targets().forYear(p.year()), targets::setAll);
    }

    /** The report year the targets listed belong to: the year of the period chosen. */
    public int year() {
        return context.period().year();
    }

    /**
     * The form for the target {@code t}, or for a new one of the period's year: the indicators valid in some
     * day of that year, by name; a target may not silently replace another (TargetService.save).
     */
    public RecordEdit<IndicatorTarget> editTarget(IndicatorTarget t) {
        int year = t == null ? year() : t.year();
        java.time.LocalDate first = java.time.LocalDate.of(year, 1, 1);
        java.time.LocalDate last = java.time.LocalDate.of(year, 12, 31);
        List<Choice> indicators = catalogue.stream()
                .filter(i -> (i.introducedOn() == null || !i.introducedOn().isAfter(last))
                        && (i.retiredOn() == null || i.retiredOn().isAfter(first))
                        || t != null && i.code().equals(t.indicatorCode()))
                .map(i -> new Choice(i.code(), i.shownName() + " (" + i.shownUnit() + ")")).toList();
        RecordForm f = new RecordForm(List.of(Field.choice(TargetService.FIELD, indicators), Field.number("target")));
        if (t != null) {
            f.choose(TargetService.FIELD, t.indicatorCode()).set("target", VnFormats.number(t.target()));
        }
        return new RecordEdit<>(f, () -> new IndicatorTarget(year, f.code(TargetService.FIELD), f.number("target")),
                RecordValidator::validate, x -> context.services().report().targets().save(t, x));
    }

    public void deleteTarget(IndicatorTarget t) {
        context.tasks().run(() -> context.services().report().targets().remove(t.year(), t.indicatorCode()),
                x -> refresh());
    }

    /** The catalogue entry's name and unit word for the list ("Buổi tuyên truyền", "buổi"); the code if unknown. */
    public String indicatorName(String code) {
        return indicator(code).map(Indicator::shownName).orElse(code);
    }

    public String indicatorUnit(String code) {
        return indicator(code).map(Indicator::shownUnit).orElse("");
    }

    private java.util.Optional<Indicator> indicator(String code) {
        return catalogue.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The form for {@code d}, or for a new plan of this installation's unit dated today. */
    public RecordEdit<DirectionDocument> edit(DirectionDocument d) {
        RecordForm f = new RecordForm(List.of(Field.choice("documentKind", DocumentKind.class),
                Field.text("documentNumber"), Field.date("issuedOn"), Field.text("issuer"), Field.area("documentTitle"),
                Field.choice("unitCode", choices.units())));
        if (d == null) {
            f.choose("documentKind", DocumentKind.PLAN).choose("unitCode", choices.installationUnit());
        } else {
            f.choose("documentKind", d.kind()).set("documentNumber", d.number())
                    .set("issuedOn", VnFormats.date(d.issuedOn())).set("issuer", d.issuer())
                    .set("documentTitle", d.title()).choose("unitCode", d.unitCode());
        }
        return new RecordEdit<>(f, () -> new DirectionDocument(d == null ? Meta.fresh(context.author()) : d.meta(),
                f.code("unitCode"), f.enumValue("documentKind", DocumentKind.class), f.text("documentNumber"),
                f.date("issuedOn"), f.text("issuer"), f.text("documentTitle")),
                RecordValidator::forEntry, x -> context.services().report().documents().save(x));
    }

    public void delete(DirectionDocument d) {
        context.tasks().run(() -> {
            context.services().report().documents().delete(d.meta().id());
            return d;
        }, x -> refresh());
    }

    /** The unit's name for the list. */
    public String unitName(String code) {
        return choices.unit(code).map(Choice::label).orElse(code);
    }
}
