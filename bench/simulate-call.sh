#!/usr/bin/env bash
# Plays Twilio's part in a phone call against a running Bella (see docs/voice.md).
#   bench/simulate-call.sh                       # interactive: type what the caller says
#   bench/simulate-call.sh --script "I'd like a cleaning tomorrow at 10" "yes" "yes" "no thanks"
#   bench/simulate-call.sh --help                # every option
# The simulator needs only the JDK: it runs from the compiled test classes, which Maven
# compiles when they are missing or older than its sources.
set -euo pipefail
cd "$(dirname "$0")/.."
classes=target/test-classes
compiled=$classes/io/bella/simulator/SimulateCall.class
if [[ ! -f $compiled || -n "$(find bench/java/io/bella/simulator -newer "$compiled" -print -quit)" ]]; then
  ./mvnw -q -DskipTests test-compile
fi
exec java -cp "$classes" io.bella.simulator.SimulateCall "$@"
