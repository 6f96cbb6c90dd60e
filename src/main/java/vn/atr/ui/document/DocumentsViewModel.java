package vn.atr.ui.document;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.atr.domain.DirectionDocument;
import vn.atr.domain.DocumentKind;
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
 * The direction documents issued in the period (the report's direction section is drafted from them): the list,
 * its form and its actions, through the same DocumentService as {@code atr document}.
 */
public final class DocumentsViewModel {
    private final AppContext context;
    private final ObservableList<DirectionDocument> documents = FXCollections.observableArrayList();
    private ReferenceChoices choices = ReferenceChoices.EMPTY;

    public DocumentsViewModel(AppContext context) {
        this.context = context;
    }

    public ObservableList<DirectionDocument> documents() {
        return documents;
    }

    /** Reads the choice lists, then the documents of the period. */
    public void load() {
        context.tasks().run(() -> ReferenceChoices.read(context.services().reference()), c -> {
            choices = c;
            refresh();
        });
    }

    public void refresh() {
        var p = context.period();
        context.tasks().run(() -> context.services().report().documents().issuedIn(p), documents::setAll);
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
