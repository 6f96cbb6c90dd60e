#!/bin/sh
# The crash benchmark: 300 SIGKILL trials against one store (the test suite runs 30).
# Usage: scripts/crash-bench.sh [TRIALS]
set -e
cd "$(dirname "$0")/.."
mvn -B -o -q test -Dtest=CrashSafetyTest -Datr.crash.trials="${1:-300}" -Dsurefire.failIfNoSpecifiedTests=false
