#!/usr/bin/env bash
# Dependency audit: fails CI on a known high or critical advisory in what production runs.
# `pnpm audit` asks the registry's advisory endpoint. Where that endpoint does not answer (this CI
# machine: the npm registry serves packages but answers the audit endpoint with 405), no audit can
# run: every lockfile scanner (osv-scanner, trivy, grype) needs an advisory database it downloads
# from the internet too. Then this says so loudly and does not fail; run `pnpm audit` on a machine
# with internet access (see SECURITY.md).
set -uo pipefail
cd "$(dirname "$0")/.."
output=$(pnpm audit --prod --audit-level=high 2>&1)
status=$?
echo "$output"
if [ $status -ne 0 ] && grep -q 'ERR_PNPM_AUDIT_BAD_RESPONSE\|ERR_PNPM_AUDIT_ENDPOINT\|ENOTFOUND\|ECONNREFUSED\|ETIMEDOUT' <<<"$output"; then
  echo "::warning::Dependency audit NOT RUN: the registry's advisory endpoint is unreachable from here and no offline advisory database exists. Run 'pnpm audit --prod' where it is reachable."
  exit 0
fi
exit $status
