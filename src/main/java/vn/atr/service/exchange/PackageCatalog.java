package vn.atr.service.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.atr.domain.Activity;
import vn.atr.domain.Messages;
import vn.atr.domain.OutreachMetric;
import vn.atr.domain.catalog.Indicator;
import vn.atr.format.pkg.PackageJson;
import vn.atr.service.ServiceException;

/**
 * The catalogue entries a package's records use, as one more JSON-lines entry ({@code catalog.jsonl},
 * not counted among the records): the receiving store sees which indicators it lacks before adding them.
 */
final class PackageCatalog {
    static final String ENTITY = "catalog";

    private PackageCatalog() {
    }

    /** The indicator codes records use (activity types, metric types), in first-seen order. */
    static Set<String> codesUsed(Collection<?> records) {
        Set<String> codes = new LinkedHashSet<>();
        for (Object r : records) {
            addCodeUsed(r, codes);
        }
        return codes;
    }

    /** Adds the catalogue code {@code record} uses, if it is an activity or a metric. */
    static void addCodeUsed(Object record, Set<String> codes) {
        if (record instanceof Activity a && a.typeCode() != null) {
            codes.add(a.typeCode());
        } else if (record instanceof OutreachMetric m && m.metricType() != null) {
            codes.add(m.metricType());
        }
    }

    static byte[] encode(List<Indicator> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (Indicator i : entries) {
                out.write(PackageJson.mapper().writeValueAsBytes(i));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new ServiceException(Messages.get("exchange.export.failed", ENTITY, e.getMessage()));
        }
        return out.toByteArray();
    }

    static List<Indicator> decode(byte[] lines) {
        List<Indicator> entries = new ArrayList<>();
        if (lines == null) {
            return entries; // a package written before the catalogue travelled
        }
        for (String line : new String(lines, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                try {
                    entries.add(PackageJson.mapper().readValue(line, Indicator.class));
                } catch (IOException e) {
                    throw new ServiceException(Messages.get("exchange.plan.unreadable", PackageJson.explain(e)));
                }
            }
        }
        return entries;
    }
}
