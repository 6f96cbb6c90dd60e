#!/usr/bin/env bash
# Takes the screenshots that need the window driven step by step, with the TestFX classes *Screenshots in
# src/test/java/vn/atr/ui (headless, Monocle: no X server needed), at 1366x768:
#   CaseScreenshots        cases.png (a case and a victim selected: their victims and support showing)
#   BackupScreenshots      backup.png (a backup made and chosen), about.png (the About dialog), readonly.png
#   ImportScreenshots      import-plan.png, import-conflict.png (a ward's package verified, then applied)
#   ServerStoreScreenshots settings-server.png (the window on a PostgreSQL store): only where PostgreSQL's
#                          binaries are (/usr/lib/postgresql/N/bin); a throw-away server on 127.0.0.1:54329
#   bash scripts/screenshots-testfx.sh [out-dir]     ONLY="CaseScreenshots ImportScreenshots": retake some
# Needs `mvn package -DskipTests` first: target/atr.jar goes first on the tests' class path
# (-Datr.test.classes=target/atr.jar), so About and the package show the release's version, not "dev".
# The pictures show a ward officer's paths, no temporary one: the store /home/canbo/.local/share/atr/atr.db,
# the drive /media/canbo/USB, the home /home/canbo (-Datr.screenshots.data, -Datr.screenshots.usb, -Duser.home).
# Those folders must not exist yet (the classes refuse a folder holding files they did not leave there); they
# are made here (root, or sudo, may be needed) and removed at the end. -Duser.home also moves Maven's own
# ~/.m2, hence -Dmaven.repo.local. One Maven run per class: the classes share the data folder, each empties
# it and loads the sample anew (the pom's two test JVMs would run them at the same time on one store).
set -euo pipefail
out=$(realpath -m "${1:-docs/screenshots}")
home=/home/canbo
data=$home/.local/share/atr
usb=/media/canbo/USB
repo=${M2_REPO:-$HOME/.m2/repository}
[[ -f target/atr.jar ]] || { echo "target/atr.jar missing: mvn package -DskipTests" >&2; exit 1; }
for d in "$home" /media/canbo; do
  [[ ! -e "$d" ]] || { echo "$d exists: the pictures need a fresh one (remove it first)" >&2; exit 1; }
done
pg=""
cleanup() {
  if [[ -n "$pg" ]]; then
    as_postgres "$pgbin/pg_ctl" -D "$pg/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg"
  fi
  rm -rf "$home" /media/canbo
}
trap cleanup EXIT
mkdir -p "$out"
mvn -B -q -o test-compile
shots() { # class [extra mvn arguments]
  [[ -n "${ONLY:-}" && " $ONLY " != *" $1 "* ]] && return 0
  mvn -B -q -o surefire:test -Dmaven.repo.local="$repo" -Dtest="$1" -Datr.test.classes=target/atr.jar \
    -Dheadless.geometry=1366x768-32 -Datr.screenshots="$out" -Datr.screenshots.data="$data" \
    -Datr.screenshots.usb="$usb" -Duser.home="$home" "${@:2}"
  echo "$1: done"
}
shots CaseScreenshots
shots BackupScreenshots
shots ImportScreenshots

# The server store: a cluster in a temporary folder (not in the picture), its user atr with a password read
# from $home/.config/atr/db-password (ATR_DB_USER, ATR_DB_PASSWORD_FILE, as on a Department's PC), the sample.
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
as_postgres() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [[ -n "${ONLY:-}" && " $ONLY " != *" ServerStoreScreenshots "* ]]; then
  exit 0
elif [[ -z "$pgbin" ]]; then
  echo "ServerStoreScreenshots: skipped, no /usr/lib/postgresql/N/bin (apt-get install postgresql)" >&2
  exit 0
fi
pg=$(mktemp -d)
mkdir -p "$home/.config/atr"
(umask 077 && printf 'atr-screenshots\n' > "$home/.config/atr/db-password")
printf 'atr-screenshots\n' > "$pg/pw"
[[ $(id -u) == 0 ]] && chown -R postgres "$pg"
as_postgres "$pgbin/initdb" -D "$pg/data" -U atr --pwfile="$pg/pw" --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 \
  --no-sync >/dev/null
as_postgres "$pgbin/pg_ctl" -D "$pg/data" -l "$pg/log" -w -o "-p 54329 -k $pg -c listen_addresses=127.0.0.1" start \
  >/dev/null
PGPASSWORD=atr-screenshots "$pgbin/createdb" -h 127.0.0.1 -p 54329 -U atr atr
export ATR_DB_USER=atr ATR_DB_PASSWORD_FILE=$home/.config/atr/db-password
java -Duser.home="$home" -jar target/atr.jar sample --db postgresql://127.0.0.1:54329/atr >/dev/null
ONLY="" shots ServerStoreScreenshots -Datr.screenshots.server=postgresql://127.0.0.1:54329/atr
