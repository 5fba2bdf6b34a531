#!/usr/bin/env bash
# The fault harness (issue #8): the packaged services on a real Kafka broker (KRaft, its own
# process, behind a TCP proxy), the machine's PostgreSQL and a GreenMail SMTP server; evaluations
# posted at a steady rate while one fault at a time is injected, then every guarantee checked
# from the databases and the mailbox. Prints the results table and writes it to
# benchmarks/results/<date>-pipeline-faults-<mode>.md.
#
#   benchmarks/pipeline-faults.sh full    every scenario (about 15 minutes)
#   benchmarks/pipeline-faults.sh short   one scenario with a small load (what ./mvnw verify runs)
#   benchmarks/pipeline-faults.sh cluster three brokers (KRaft, one quorum, as start.sh --brokers 3),
#                                         two instances of each service (as start.sh --instances 2);
#                                         issue #20's faults: an analysis instance SIGKILLed, a
#                                         rolling SIGTERM restart of every instance, a broker
#                                         SIGKILLed, a third analysis instance joining, two
#                                         notification instances racing for due emails and webhooks
#
# The full mode stops the machine's PostgreSQL cluster (pg_ctlcluster stop -m immediate) and
# starts it again: do not run it where anything else uses that server.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODE=${1:-full}
[[ $MODE == short || $MODE == full || $MODE == cluster ]] || { echo "usage: $0 [short|full|cluster]" >&2; exit 2; }
cd "$ROOT"
# The harness runs the packaged services and the broker's jars: built in this reactor (-am), their
# unit tests skipped, nothing installed. Offline with MAVEN_ARGS=-o (Maven reads it).
./mvnw -B -pl e2e-tests -am verify -Dit.test=PipelineFaultsIT -Dharness.mode="$MODE" \
  -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
