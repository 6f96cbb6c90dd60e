#!/usr/bin/env bash
# Builds ATR's Linux app-image and .deb from a clean checkout (installer/README.md).
# Output: target/installer/atr (app-image) and target/installer/atr_VERSION_amd64.deb.
# Needs JDK 17 (jlink, jpackage), Maven, fakeroot and dpkg-deb; xvfb-run + libgtk-3-0 for the
# AppCDS window start (without them the archive is recorded from a CLI run).
# MVN_FLAGS (e.g. "-o") is passed to Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VERSION=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)
FX_VERSION=$(sed -n 's|.*<javafx.version>\(.*\)</javafx.version>.*|\1|p' pom.xml | head -1)
WORK=$ROOT/target/pkg
OUT=$ROOT/target/installer
MVN="mvn -B -q ${MVN_FLAGS:-}"
step() { echo "== $*"; }

step "Maven package (version $VERSION, JavaFX $FX_VERSION)"
$MVN package -DskipTests
rm -rf "$WORK" "$OUT"
mkdir -p "$WORK/fx" "$WORK/app" "$OUT"
$MVN org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$WORK/deps"
# JavaFX's platform jars are modular: they go into the runtime with jlink. The plain
# javafx-*.jar without classifier are empty placeholders. Everything else stays on the class path.
mv "$WORK"/deps/javafx-*-linux.jar "$WORK/fx/"
rm -f "$WORK"/deps/javafx-*.jar
mv "$WORK"/deps/*.jar "$WORK/app/"
cp "target/atr-$VERSION.jar" "$WORK/app/"
# sqlite-jdbc carries natives for 25 platforms (11 MB); the .deb is amd64: keep Linux/x86_64.
zip -q -d "$WORK"/app/sqlite-jdbc-*.jar 'org/sqlite/native/FreeBSD/*' 'org/sqlite/native/Linux-Musl/*' \
    'org/sqlite/native/Mac/*' 'org/sqlite/native/Windows/*' 'org/sqlite/native/Linux/a*' \
    'org/sqlite/native/Linux/ppc64/*' 'org/sqlite/native/Linux/riscv64/*' 'org/sqlite/native/Linux/x86/*'
# Aalto parses workbooks by name; without its StAX service files FXMLLoader keeps the JDK's parser (ADR 0186).
zip -q -d "$WORK"/app/aalto-xml-*.jar 'META-INF/services/*'
# The jars are stored uncompressed (ADR 0187): the package's xz then compresses all the class files together,
# far better than each jar's own deflate (the .deb 15 MB smaller), and nothing is inflated at run time.
for jar in "$WORK"/app/*.jar; do
    rm -rf "$WORK/unjar" && mkdir "$WORK/unjar"
    (cd "$WORK/unjar" && unzip -q "$jar" && rm "$jar" && zip -q -0 -X -r "$jar" .)
done
rm -rf "$WORK/unjar"

step "jlink runtime"
# Modules: jdeps --print-module-deps on the ATR jar gives java.base, java.management, java.prefs,
# java.security.jgss, java.sql, java.xml.crypto and the JavaFX ones; the libraries add java.desktop
# (POI, JFreeChart), java.logging, java.naming (logback, Flyway), java.scripting, jdk.unsupported
# (sqlite-jdbc), jdk.zipfs, jdk.charsets, jdk.crypto.ec (TLS-free but AES/EC providers) and
# jdk.localedata (Vietnamese number/date formats; only the vi and en locales are kept).
MODULES=java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting
MODULES=$MODULES,java.security.jgss,java.sql,java.xml,java.xml.crypto,jdk.localedata,jdk.crypto.ec
MODULES=$MODULES,jdk.unsupported,jdk.zipfs,jdk.charsets,javafx.controls,javafx.fxml,javafx.swing
# JavaFX native libraries: left inside the module, JavaFX would extract them to ~/.openjfx/cache
# (needs a writable home). They are excluded from the module and put in the runtime's lib folder,
# where JavaFX's System.loadLibrary fallback finds them (docs/decisions/0060-packaging.md).
jlink --module-path "$WORK/fx" --add-modules "$MODULES" --include-locales=vi,en \
    --exclude-resources='glob:/javafx.*/*.so' \
    --strip-debug --no-header-files --no-man-pages --compress=2 --output "$WORK/runtime"
for jar in "$WORK"/fx/*.jar; do
    unzip -q -o -j "$jar" '*.so' -d "$WORK/runtime/lib" 2>/dev/null || true
done
# SQLite's native library likewise: sqlite-jdbc would write it to /tmp and load it from there at every
# start (60-100 ms of the store's opening); -Dorg.sqlite.lib.path below loads it from the runtime.
unzip -q -o -j "$WORK"/app/sqlite-jdbc-*.jar 'org/sqlite/native/Linux/x86_64/libsqlitejdbc.so' -d "$WORK/runtime/lib"

step "jpackage app-image"
# -XX:TieredStopAtLevel=1: C1 only. On two cores the C2 compiler's start-up work took half the CPU
# before the first window, and C1 code was faster for the app's few-second jobs too (ADR 0061).
JAVA_OPTIONS='-XX:SharedArchiveFile=$APPDIR/atr.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off'
JAVA_OPTIONS="$JAVA_OPTIONS -XX:TieredStopAtLevel=1"
JAVA_OPTIONS="$JAVA_OPTIONS -Dorg.sqlite.lib.path=\$APPDIR/../runtime/lib -Dorg.sqlite.lib.name=libsqlitejdbc.so"
COMMON=(--name atr --app-version "$VERSION" --vendor "ATR project"
    --description "Báo cáo công tác phòng, chống mua bán người (ATR)"
    --copyright "ATR project")
jpackage --type app-image "${COMMON[@]}" --dest "$OUT" \
    --input "$WORK/app" --main-jar "atr-$VERSION.jar" --main-class vn.atr.Launcher \
    --runtime-image "$WORK/runtime" --icon installer/atr.png \
    --java-options "$JAVA_OPTIONS"

step "launcher script"
APP=$OUT/atr
# jpackage 17's Linux launcher asks the package managers which package owns it at every start
# (`rpm -qf`, `dpkg -S`, `dpkg -L`, twice: 0.3-0.5 s here before Java starts, more on a PC with many
# packages). bin/atr becomes a shell script that starts the same runtime with the same options and
# class path as the launcher's atr.cfg (docs/decisions/0061-start-up-path.md).
CFG=$APP/lib/app/atr.cfg
MAIN_CLASS=$(sed -n 's|^app.mainclass=||p' "$CFG")
LAUNCH_CP=$(sed -n 's|^app.classpath=\$APPDIR/|$APP/lib/app/|p' "$CFG" | paste -sd:)
LAUNCH_OPTS=$(sed -n 's|^java-options=||p' "$CFG" | sed 's|\$APPDIR|$APP/lib/app|g; s|.*|"&"|' | paste -sd' ')
cat > "$APP/bin/atr" <<LAUNCHER
#!/bin/sh
# ATR launcher, written by installer/build-linux.sh in place of jpackage's (which queries rpm and
# dpkg at every start; docs/decisions/0061-start-up-path.md): the same runtime, options and class path.
self=\$(readlink -f "\$0")
APP=\${self%/bin/*}
exec "\$APP/lib/runtime/bin/java" $LAUNCH_OPTS "-Djpackage.app-path=\$self" \\
    -cp "$LAUNCH_CP" \\
    $MAIN_CLASS "\$@"
LAUNCHER
chmod 755 "$APP/bin/atr"
rm -f "$APP/lib/libapplauncher.so"

step "AppCDS archive"
INSTALL_DIR=/opt/atr
# One static AppCDS archive for the window and the commands (docs/decisions/0120-one-cds-archive-for-
# window-and-commands.md): each training run below writes the classes it loads (-XX:DumpLoadedClassList,
# lambda proxies included), the lists are merged and dumped once with -Xshare:dump. JDK 17's dynamic
# archive (-XX:ArchiveClassesAtExit) records a single run and cannot merge several. The archive only
# matches the exact class path it was recorded with, so the runs and the dump see the app-image at its
# install path /opt/atr (a private mount namespace: nothing on this machine's /opt changes).
# The app archive holds the JDK's classes too, and without it the launcher runs with no CDS at all (a missing
# -XX:SharedArchiveFile turns CDS off): the runtime's base archive would only add 12 MB to the package.
rm -f "$APP"/lib/runtime/lib/server/classes*.jsa
CP=$(sed -n "s|^app.classpath=\$APPDIR/|$INSTALL_DIR/lib/app/|p" "$APP/lib/app/atr.cfg" | paste -sd:)
CDS=$WORK/cds
rm -rf "$CDS" && mkdir -p "$CDS"
CDS_HOME=$(mktemp -d)
JAVA="$INSTALL_DIR/lib/runtime/bin/java -Dorg.sqlite.lib.path=$INSTALL_DIR/lib/runtime/lib"
JAVA="$JAVA -Dorg.sqlite.lib.name=libsqlitejdbc.so -XX:TieredStopAtLevel=1"
# The training: the window on a fresh store (first-run screen) and on the sample store (dashboard), both
# under Xvfb and closing by themselves; the everyday commands on the sample store. Without a display
# (or with ATR_CDS_CLI=1) the window runs are left out.
WINDOW=0
if command -v xvfb-run >/dev/null && [ "${ATR_CDS_CLI:-}" != 1 ]; then WINDOW=1; fi
cat > "$CDS/train.sh" <<TRAIN
set -e
n=0
run() { n=\$((n + 1)); $JAVA -Xshare:off -XX:DumpLoadedClassList=$CDS/\$n.lst -cp $CP vn.atr.Launcher "\$@"; }
window() {
    [ $WINDOW = 1 ] || return 0
    n=\$((n + 1))
    xvfb-run -a $JAVA -Datr.exitAfterStart=true -Xshare:off -XX:DumpLoadedClassList=$CDS/\$n.lst \\
        -cp $CP vn.atr.Launcher || true
}
window
run --version
run sample
run summary --year 2023 --json
run report --year 2023 --docx $CDS/r.docx --xlsx $CDS/r.xlsx
run report --period 2023-H1 --docx $CDS/h.docx
window
TRAIN
ATR_HOME=$CDS_HOME unshare -m sh -c "mount -t tmpfs none /opt && mkdir $INSTALL_DIR \
    && mount --bind '$APP' $INSTALL_DIR && sh $CDS/train.sh \
    && cat $CDS/[0-9]*.lst | awk '!seen[\$0]++' > $CDS/classes.lst \
    && $JAVA -Xshare:dump -XX:SharedClassListFile=$CDS/classes.lst \
        -XX:SharedArchiveFile=$INSTALL_DIR/lib/app/atr.jsa -cp $CP" \
    >"$WORK/cds.log" 2>&1 || true
rm -rf "$CDS_HOME"
[ -s "$APP/lib/app/atr.jsa" ] || { cat "$WORK/cds.log" >&2; echo "AppCDS archive was not created" >&2; exit 1; }
echo "AppCDS archive: $(grep -vc '^[#@]' "$CDS/classes.lst") classes from $(ls "$CDS"/*.lst | grep -vc classes.lst) runs"
grep -h "window shown" "$WORK/cds.log" || true

step "jpackage .deb"
# The .deb is built from the finished app-image, so it carries the archive. A post-install
# script links /usr/bin/atr to the launcher; the data folder (~/.local/share/atr) is never touched.
RES=$WORK/deb-resources
mkdir -p "$RES"
cp installer/linux/postinst installer/linux/prerm "$RES/"
jpackage --type deb "${COMMON[@]}" --dest "$OUT" --app-image "$APP" \
    --linux-package-name atr --linux-app-category utils --linux-menu-group Office --linux-shortcut \
    --linux-package-deps "libgtk-3-0, fonts-liberation2" \
    --resource-dir "$RES"

step "package files keep the app-image's times"
# jpackage copies the app-image into the package with new modification times, and JDK 17 refuses a
# dynamic archive when a class-path jar's time differs from the recording ("A jar file is not the one
# used while building the shared archive file"): the installed app then ran without AppCDS. The
# package is rebuilt with the times of the app-image the archive was recorded from (dpkg keeps them).
DEB=$(ls "$OUT"/atr_*_amd64.deb | head -1)
REPACK=$WORK/deb-repack
rm -rf "$REPACK"
dpkg-deb -R "$DEB" "$REPACK"
(cd "$APP" && find . -type f) | while read -r f; do touch -r "$APP/$f" "$REPACK$INSTALL_DIR/$f"; done
# The menu shows the entry's Name: jpackage writes the package name (atr); users look for the Vietnamese one.
sed -i 's/^Name=.*/Name=Báo cáo PCMBN (ATR)/' "$REPACK$INSTALL_DIR/lib/atr-atr.desktop"
# xz at level 9 (a 64 MB window): the AppCDS archive holds long runs that recur further apart than level 6's
# 8 MB window sees; 0.7 MB smaller, about a minute more to build, the same to install.
fakeroot dpkg-deb -b -Zxz -z9 "$REPACK" "$DEB" >/dev/null
ls -la "$OUT"/*.deb
