#!/usr/bin/env bash
# Plays Twilio's part in a phone call against a running Bella (see docs/voice.md).
#   bench/simulate-call.sh                       # interactive: type what the caller says
#   bench/simulate-call.sh --script "I'd like a cleaning tomorrow at 10" "yes" "yes" "no thanks"
# Options: --url (BELLA_URL, default http://localhost:8000), --token (TWILIO_AUTH_TOKEN),
#          --from (caller ID, "anonymous" for a withheld number), --to, --dial-status (completed|no-answer)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f target/bench-classpath.txt || pom.xml -nt target/bench-classpath.txt ]]; then
  ./mvnw -q -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
else
  ./mvnw -q -DskipTests test-compile
fi
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  io.bella.simulator.CallSimulator "$@"
