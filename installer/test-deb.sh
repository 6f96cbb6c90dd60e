#!/usr/bin/env bash
# The installer's own test (too slow for `mvn verify`): builds the .deb, installs it, starts the
# installed ATR under Xvfb and takes a screenshot of the first-run screen, runs the installed CLI
# (sample, summary, report) against the store in the user's data folder, upgrades over itself with
# a newer package version, removes the package and checks that the data is still there.
# Prints the package and installed sizes and the time to the first window with and without the
# AppCDS archive. Exits non-zero when any step fails. Run as root: bash installer/test-deb.sh
# (SKIP_BUILD=1 reuses target/installer/atr_*.deb).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

need=()
for p in xvfb xauth imagemagick libgtk-3-0 fakeroot zip unzip bc; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
    step "apt-get install ${need[*]}"
    apt-get update -q >/dev/null && apt-get install -y -q "${need[@]}" >/dev/null
fi
[ "${SKIP_BUILD:-}" = 1 ] || bash installer/build-linux.sh
DEB=$(ls "$ROOT"/target/installer/atr_*_amd64.deb | head -1)
VERSION=$(dpkg-deb -f "$DEB" Version)
APP_VERSION=${VERSION%-*}

# A fresh user: everything ATR writes must land in $HOME/.local/share/atr. Java takes user.home
# from the password file, not from $HOME, so it is passed too (JAVA_TOOL_OPTIONS reaches the
# installed launcher's JVM; the JVM notes it on stderr).
export HOME=$(mktemp -d)
unset ATR_HOME XDG_DATA_HOME
export JAVA_TOOL_OPTIONS="-Duser.home=$HOME"
DATA=$HOME/.local/share/atr
TMPW=$(mktemp -d)
dpkg -s atr >/dev/null 2>&1 && apt-get remove -y -q atr >/dev/null

step "install $(basename "$DEB")"
apt-get install -y -q "$DEB" >/dev/null || fail "apt-get install"
[ "$(readlink -f "$(command -v atr)")" = /opt/atr/bin/atr ] || fail "atr is not on the PATH"
atr --version 2>/dev/null | grep -qx "ATR $APP_VERSION" || fail "atr --version: $(atr --version)"

step "a menu entry with the icon"
DESKTOP=$(ls /usr/share/applications/*atr*.desktop 2>/dev/null | head -1)
[ -n "$DESKTOP" ] || fail "no menu entry (.desktop) installed"
grep -q '^Exec=/opt/atr/bin/' "$DESKTOP" || fail "the menu entry does not start ATR: $(cat "$DESKTOP")"
ICON=$(sed -n 's/^Icon=//p' "$DESKTOP")
[ -s "$ICON" ] || fail "the menu entry's icon is missing: $ICON"
grep -q '^Name=Báo cáo PCMBN' "$DESKTOP" || fail "the menu entry has no Vietnamese name: $(cat "$DESKTOP")"
echo "menu entry $DESKTOP: $(sed -n 's/^Name=//p' "$DESKTOP"), icon $ICON"

step "the AppCDS archive is used"
# JDK 17 drops the archive silently when a jar differs from the recording (build-linux.sh keeps the
# package's file times for this): count the classes the installed CLI takes from it, for --version and,
# further down, for a report (the archive covers the commands as well as the window).
from_archive() {
    local log=$1; shift
    JAVA_TOOL_OPTIONS="-Duser.home=$HOME -Xlog:class+load:file=$log" atr "$@" >/dev/null 2>&1 \
        || fail "atr $* with class logging"
    local shared total
    shared=$(grep -c "source: shared objects file" "$log" || true)
    total=$(wc -l < "$log")
    echo "atr $*: $shared of $total classes from the AppCDS archive"
    [ "$shared" -gt $((total * 8 / 10)) ] || fail "the AppCDS archive does not cover atr $*"
}
from_archive "$TMPW/classes.log" --version

step "first window under Xvfb"
export DISPLAY=:97
Xvfb $DISPLAY -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
sleep 1
# first window time: the app prints "ATR window shown after N ms" (from process start) with
# -Datr.startupProbe; -Datr.exitAfterStart closes it by itself.
first_window() {
    local home=$1 delay=$2 log=$3
    HOME=$home JAVA_TOOL_OPTIONS="-Duser.home=$home -Datr.exitAfterStart=true -Datr.exitAfterStartMs=$delay" \
        timeout 120 atr >"$log" 2>&1
}
first_window "$HOME" 5000 "$TMPW/first.log" &
RUN=$!
for _ in $(seq 1 100); do grep -q "window shown" "$TMPW/first.log" 2>/dev/null && break; sleep 0.3; done
grep -q "window shown" "$TMPW/first.log" || { cat "$TMPW/first.log"; fail "no window"; }
sleep 2
mkdir -p docs/screenshots
import -window root docs/screenshots/installed-first-run.png || fail "screenshot"
wait $RUN || { cat "$TMPW/first.log"; fail "the installed app did not exit cleanly"; }
[ -f "$DATA/atr.db" ] || fail "no store in the data folder $DATA"
[ ! -e "$HOME/.openjfx" ] || fail "JavaFX extracted native libraries into the home folder"

step "installed CLI: sample, summary, report"
atr sample || fail "atr sample"
atr summary --year 2023 --json > "$TMPW/summary.json" || fail "atr summary"
grep -q '"' "$TMPW/summary.json" || fail "empty summary"
atr report --year 2023 --docx "$TMPW/bc.docx" --xlsx "$TMPW/pl.xlsx" || fail "atr report"
[ -s "$TMPW/bc.docx" ] && [ -s "$TMPW/pl.xlsx" ] || fail "report files missing"
from_archive "$TMPW/report-classes.log" report --year 2023 --docx "$TMPW/bc2.docx" --xlsx "$TMPW/pl2.xlsx"
BEFORE=$(sha256sum "$DATA/atr.db" | cut -d' ' -f1)

step "the window's FXML keeps the JDK's StAX parser"
# Aalto (the workbook parser) must not register itself as the JVM's StAX implementation (ADR 0186).
for jar in /opt/atr/lib/app/*.jar; do
    if unzip -l "$jar" 'META-INF/services/javax.xml.stream.*' >/dev/null 2>&1; then
        fail "$(basename "$jar") registers a StAX implementation"
    fi
done

step "a benchmark runs on the installed runtime"
# The runtime is jlinked without jdk.management: a bench reading com.sun.management beans would fail here only.
atr bench exchange --xlsx-only --dir "$TMPW" > "$TMPW/bench.log" 2>&1 || { cat "$TMPW/bench.log"; fail "atr bench exchange --xlsx-only"; }
grep -q "import .*xlsx.*records" "$TMPW/bench.log" || { cat "$TMPW/bench.log"; fail "bench printed no import"; }
sed -n 's/^ *//p' "$TMPW/bench.log" | tail -1

step "a long import runs in a child JVM with both compilers, the packages' folder named"
# The bound lowered to one byte (ADR 0207): the child starts from the installed runtime's bin/java.
mkdir -p "$TMPW/goi"
atr sample --db "$TMPW/ward.db" >/dev/null || fail "atr sample --db"
atr export --db "$TMPW/ward.db" --period 2023 --unit 04 --out "$TMPW/goi/p1.atrpkg" >/dev/null || fail "atr export"
atr trust export-key --db "$TMPW/ward.db" --out "$TMPW/own.key" >/dev/null || fail "atr trust export-key"
atr init --db "$TMPW/city.db" >/dev/null || fail "atr init"
atr trust add --db "$TMPW/city.db" --key "$TMPW/own.key" >/dev/null || fail "atr trust add"
JDK_JAVA_OPTIONS=-Datr.longJob.minBytes=1 atr import --db "$TMPW/city.db" "$TMPW/goi" > "$TMPW/long.log" \
    2> "$TMPW/long.err" || { cat "$TMPW/long.err"; fail "atr import in the child"; }
grep -q "tiến trình Java riêng" "$TMPW/long.err" || { cat "$TMPW/long.err"; fail "the import did not run in a child"; }
grep -q "Đã nhập:" "$TMPW/long.log" || { cat "$TMPW/long.log"; fail "the child printed no result"; }
tail -1 "$TMPW/long.log"

step "upgrade over the installed version keeps the data"
NEWER=$TMPW/newer
mkdir -p "$NEWER" && dpkg-deb -R "$DEB" "$NEWER/pkg"
sed -i "s/^Version: .*/Version: ${APP_VERSION}-99/" "$NEWER/pkg/DEBIAN/control"
fakeroot dpkg-deb -b -Zxz "$NEWER/pkg" "$NEWER/atr_${APP_VERSION}-99_amd64.deb" >/dev/null
apt-get install -y -q "$NEWER/atr_${APP_VERSION}-99_amd64.deb" >/dev/null || fail "upgrade"
[ "$(dpkg-query -W -f '${Version}' atr)" = "${APP_VERSION}-99" ] || fail "upgrade did not replace the package"
[ "$(sha256sum "$DATA/atr.db" | cut -d' ' -f1)" = "$BEFORE" ] || fail "upgrade changed the store"
atr summary --year 2023 --json | cmp -s - "$TMPW/summary.json" || fail "figures differ after upgrade"

step "sizes and first window (5 runs each, warm file cache)"
DEB_SIZE=$(stat -c %s "$DEB")
INST_SIZE=$(du -sk /opt/atr | cut -f1)
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# $1 = fresh: a new store each time (creation + migrations + first-run dialog);
# $1 = store: the user's store with the sample data (the everyday start).
time_window() {
    for i in 1 2 3 4 5; do
        local h=$HOME
        if [ "$1" = fresh ]; then h=$(mktemp -d); fi
        first_window "$h" 0 "$TMPW/t.log" || { cat "$TMPW/t.log"; fail "timed start"; }
        sed -n 's/.*window shown after \([0-9]*\) ms.*/\1/p' "$TMPW/t.log"
        if [ "$1" = fresh ]; then rm -rf "$h"; fi
    done | median
}
time_version() {
    for i in 1 2 3 4 5; do
        local s e; s=$(date +%s%N); atr --version >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 ))
    done | median
}
WITH=$(time_window fresh); WITH_STORE=$(time_window store); WITH_CLI=$(time_version)
# Where the last start (the user's store, with AppCDS) spent its time: the probe's phases (ADR 0061).
PHASES=$(sed -n 's/^ATR \(.*\) after \([0-9]*\) ms$/\1 \2 ms/p' "$TMPW/t.log" | paste -sd',' | sed 's/,/, /g')
mv /opt/atr/lib/app/atr.jsa "$TMPW/atr.jsa"
WITHOUT=$(time_window fresh); WITHOUT_STORE=$(time_window store); WITHOUT_CLI=$(time_version)
mv "$TMPW/atr.jsa" /opt/atr/lib/app/atr.jsa
printf '.deb size: %.1f MB (%d bytes)\n' "$(echo "$DEB_SIZE / 1000000" | bc -l)" "$DEB_SIZE"
printf 'installed /opt/atr: %.1f MB\n' "$(echo "$INST_SIZE / 1024" | bc -l)"
echo "first window, new store (median of 5): ${WITH} ms with AppCDS, ${WITHOUT} ms without"
echo "first window, sample store (median of 5): ${WITH_STORE} ms with AppCDS, ${WITHOUT_STORE} ms without"
echo "atr --version (median of 5): ${WITH_CLI} ms with AppCDS, ${WITHOUT_CLI} ms without"
echo "phases of the last start on the user's store with AppCDS (from process start): $PHASES"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

step "remove keeps the data folder"
apt-get remove -y -q atr >/dev/null || fail "apt-get remove"
[ ! -e /usr/bin/atr ] || fail "/usr/bin/atr left behind"
[ ! -e /opt/atr/bin/atr ] || fail "/opt/atr left behind"
[ ! -e /usr/share/applications/atr.desktop ] || fail "the menu entry left behind"
[ -f "$DATA/atr.db" ] || fail "the data folder lost the store"
echo "data folder kept: $(ls "$DATA" | tr '\n' ' ')"
rm -rf "$HOME" "$TMPW"
echo "installer test passed"
