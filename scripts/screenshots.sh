#!/usr/bin/env bash
# Takes the README's screenshots at 1366x768 under Xvfb on the Hai Phong 2023 sample:
#   xvfb-run -a -s "-screen 0 1366x768x24" bash scripts/screenshots.sh [out-dir]
# Needs target/atr.jar and ImageMagick's `import`. Each screen is one start of the real app whose
# remembered screen, year and language are set in a private preferences folder (the user's own
# preferences are not touched).
set -euo pipefail
out=${1:-docs/screenshots}
# The store sits where a ward officer's would (it shows in the status bar): no temporary path in the pictures.
work=${ATR_SHOTS_DIR:-/home/canbo/.local/share/atr}
rm -rf "$work" && mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
java -jar target/atr.jar sample --db "$work/atr.db" >/dev/null
# A store made by `atr sample` is set up (the sample's agency and unit): the screens show unobstructed.
mkdir -p "$out"
shot() { # name screen language
  [[ -n "${ONLY:-}" && " $ONLY " != *" $1 "* ]] && return 0 # ONLY="dashboard cases": retake some
  local prefs="$work/prefs-$1/.java/.userPrefs/vn/atr/ui"
  mkdir -p "$prefs"
  cat > "$prefs/prefs.xml" <<XML
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
<map MAP_XML_VERSION="1.0">
  <entry key="screen" value="$2"/>
  <entry key="language" value="$3"/>
  <entry key="reportYear" value="2023"/>
  <entry key="x" value="0.0"/>
  <entry key="y" value="0.0"/>
  <entry key="w" value="1366.0"/>
  <entry key="h" value="768.0"/>
  <entry key="maximized" value="true"/>
</map>
XML
  java -Djava.util.prefs.userRoot="$work/prefs-$1" -Datr.exitAfterStart=true -Datr.exitAfterStartMs="${SHOT_WAIT_MS:-12000}" \
    -jar target/atr.jar --db "$work/atr.db" >/dev/null 2>&1 &
  local pid=$!
  sleep "${SHOT_DELAY_S:-10}"
  import -window root "$out/$1.png"
  wait "$pid" || true
  echo "$out/$1.png"
}
shot dashboard dashboard vi
shot activities activities vi
# cases.png (a case and a victim selected), backup.png, about.png, readonly.png, import-plan.png,
# import-conflict.png and settings-server.png need the window driven step by step: taken by the TestFX classes
# *Screenshots instead, with the same ward officer's paths and target/atr.jar first on the class path:
#   bash scripts/screenshots-testfx.sh [out-dir]    (headless, no Xvfb; its comment lists the properties)
shot report report vi
shot reference reference vi
shot dashboard-en dashboard en
