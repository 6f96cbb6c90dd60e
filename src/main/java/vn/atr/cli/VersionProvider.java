package vn.atr.cli;

import picocli.CommandLine.IVersionProvider;
import vn.atr.service.AppVersion;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"ATR " + AppVersion.get()};
    }
}
