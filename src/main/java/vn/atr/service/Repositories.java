package vn.atr.service;

import vn.atr.store.ActivityRepository;
import vn.atr.store.AdminUnitRepository;
import vn.atr.store.CaseRepository;
import vn.atr.store.OutreachMetricRepository;
import vn.atr.store.ReferenceRepository;
import vn.atr.store.SettingsRepository;
import vn.atr.store.SupportServiceRepository;
import vn.atr.store.VictimIdentityRepository;
import vn.atr.store.VictimRepository;

/** The store's repositories, handed to services together. */
public record Repositories(
        ActivityRepository activities,
        OutreachMetricRepository metrics,
        CaseRepository cases,
        VictimRepository victims,
        VictimIdentityRepository identities,
        SupportServiceRepository support,
        AdminUnitRepository units,
        ReferenceRepository reference,
        SettingsRepository settings) {
}
