package vn.atr.service.catalog;

import java.util.List;

/**
 * What a catalogue file changed: entries added, entries whose names, order or validity were updated, and the
 * victims' age bands it added or changed.
 */
public record CatalogImport(List<String> added, List<String> updated, int unchanged, AgeBandService.BandChanges ageBands) {
}
