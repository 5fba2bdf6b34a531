#!/usr/bin/env bash
# Classification throughput of analysis-service's in-process model on this machine: items/s one
# text per call and in batches, model load and training time, and the JVM's RSS.
# Usage: benchmarks/analysis-classify.sh [ROUNDS]   (exec:java runs inside Maven's JVM; RSS includes Maven)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl analysis-service -am -Pclassifier-bench -Dclassifier-bench.rounds="${1:-5}" verify 2>&1 \
  | grep -v -E '^(\[WARN|WARN|SLF4J)'
