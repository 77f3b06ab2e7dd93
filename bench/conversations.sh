#!/usr/bin/env bash
# The conversation suite (docs/testing.md): 336 scripted callers with checkable goals over the
# dialogue engine on embedded PostgreSQL, a sample of them over Twilio's webhooks, and the seeded
# random walks; prints the per-class table (success, wrong outcomes, wrong read-backs, turns per
# booking, re-asks) that the suite writes to target/conversations.md, with the first failing
# transcript of each class, and every transcript in target/conversations-transcripts.txt.
#   bench/conversations.sh            # measure only: the floors and wrong outcomes are reported, not enforced
#   bench/conversations.sh --enforce  # as the build runs it: fails below a floor or on any wrong outcome
#   bench/conversations.sh --update   # rewrite src/test/resources/dialogue/conversation-floor.properties
set -euo pipefail
cd "$(dirname "$0")/.."
mode=(-Dbella.conversations.report-only=true)
case "${1:-}" in
  --enforce) mode=() ;;
  --update) mode=(-Dbella.docs.update=true -Dbella.conversations.report-only=true) ;;
  "") ;;
  *) echo "usage: bench/conversations.sh [--enforce|--update]" >&2; exit 2 ;;
esac
mkdir -p target
status=0
./mvnw -q verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test='Conversation*IntegrationTests' \
  -Dfailsafe.failIfNoSpecifiedTests=false "${mode[@]}" > target/conversations.log 2>&1 || status=$?
grep -E "^(Random walks|Conversation sample)" target/conversations.log || true
if [[ -f target/conversations.md ]]; then
  sed -n '1,/^## Wrong outcomes/p' target/conversations.md | sed '$d'
  echo "(transcripts: target/conversations.md, target/conversations-transcripts.txt; Maven's output: target/conversations.log)"
fi
if [[ $status -ne 0 ]]; then
  grep -E "Tests run:.*FAIL|\[ERROR\] +[a-zA-Z]" target/conversations.log | head -20 >&2 || true
fi
exit $status
