"""Say plainly how many pinned packages pip-audit could check (reads its JSON report).

pip-audit exits non-zero on a known vulnerability by itself. What it does not
do is fail when it could not reach a vulnerability service at all: then every
package is "skipped" and the audit proves nothing. This prints the count and,
with AUDIT_REQUIRED=1, fails in that case.
"""

import json
import os
import sys


def main(path):
    with open(path, encoding="utf-8") as handle:
        report = json.load(handle)
    dependencies = report.get("dependencies", [])
    skipped = [dep["name"] for dep in dependencies if dep.get("skip_reason")]
    audited = len(dependencies) - len(skipped)
    vulnerable = [dep["name"] for dep in dependencies if dep.get("vulns")]
    print(f"pip-audit: {audited} of {len(dependencies)} pinned packages audited, {len(vulnerable)} vulnerable")
    if vulnerable:
        print("vulnerable: " + ", ".join(vulnerable))
        return 1
    if skipped:
        print(
            f"WARNING: {len(skipped)} packages could not be audited (no vulnerability data reachable from here: "
            "pypi.org's per-release JSON or api.osv.dev)."
        )
        if os.environ.get("AUDIT_REQUIRED") == "1":
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
