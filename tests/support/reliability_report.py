"""pytest plugin behind `make reliability`: the rows tests record, as one table.

Tests record rows through the `report` fixture (tests/conftest.py) and property tests
record `examples`; this plugin prints them and writes them to the file given by
--reliability-report, with the totals: scenarios held, examples tried, updates applied
out of 1,000 and leaks found. When that file has the table's markers (docs/reliability.md
does), only what lies between them is replaced, and the prose around them is kept.
"""

from __future__ import annotations

import datetime
import platform
import sys
from pathlib import Path
from typing import Any

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--reliability-report", metavar="PATH", help="write the table here")


class Collector:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.rows: list[dict[str, Any]] = []

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        failed_early = report.when == "setup" and report.failed
        if report.when != "call" and not failed_early:
            return
        properties = dict(report.user_properties)
        if "examples" in properties and "scenario" not in properties:
            name = report.nodeid.split("::")[-1]
            properties |= {
                "scenario": f"property: {name}",
                "expected": "invariant holds",
                "observed": "held" if report.passed else "counterexample found",
            }
        if "hostile" in properties:  # tests/core/test_hostile.py: one row per case
            properties["observed"] = "held" if report.passed else "broke"
        if "scenario" in properties:
            self.rows.append(properties | {"passed": report.passed})

    def table(self) -> str:
        lines = [
            "| scenario | expected | observed | attempts | result |",
            "|---|---|---|---|---|",
        ]
        for row in self.rows:
            cells = [row["scenario"], row["expected"], row["observed"], row.get("attempts", "")]
            cells.append("pass" if row["passed"] else "**FAIL**")
            lines.append("| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |")
        held = sum(row["passed"] for row in self.rows)
        examples = sum(int(row.get("examples", 0)) for row in self.rows)
        applied = [row["updates_applied"] for row in self.rows if "updates_applied" in row]
        leaks = sum(int(row.get("leaks", 0)) for row in self.rows)
        bulk = ", ".join(f"{n}/1000" for n in applied) or "not run"
        hostile = [row for row in self.rows if "hostile" in row]
        hostile_held = sum(row["passed"] for row in hostile)
        lines += [
            "",
            f"**Totals:** {held} of {len(self.rows)} scenarios held; {examples} property examples"
            f" tried; updates applied: {bulk}; leaks found: {leaks}; hostile-server cases"
            f" held: {hostile_held} of {len(hostile)}.",
        ]
        return "\n".join(lines)

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        table = self.table()
        terminalreporter.write_sep("=", "reliability")
        terminalreporter.write_line(table)
        header = (
            "Written by `make reliability` (tests/core/: test_faults.py, test_bulk.py,"
            " test_security.py, test_hostile.py, test_corrupt_body.py, test_with_options.py,"
            " test_properties.py). Every row is an assertion in those tests, which"
            " `make test` also runs.\n\n"
            f"Run on {datetime.date.today()}, Python {platform.python_version()},"
            f" {platform.system()} {platform.machine()}.\n\n"
        )
        write_between_markers(self.path, header + table)
        terminalreporter.write_line(f"written to {self.path}")


START, END = "<!-- reliability-table:start -->", "<!-- reliability-table:end -->"


def write_between_markers(path: Path, block: str) -> None:
    """Put block between the file's markers; a file without them is written whole."""
    text = path.read_text() if path.exists() else ""
    if START in text and END in text.split(START, 1)[1]:
        before, rest = text.split(START, 1)
        after = rest.split(END, 1)[1]
    else:
        before, after = "# Reliability\n\n", "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{before}{START}\n{block}\n{END}{after}")


def pytest_configure(config: pytest.Config) -> None:
    path = config.getoption("--reliability-report")
    if path:
        config.pluginmanager.register(Collector(Path(path)), "reliability-collector")


if __name__ == "__main__":  # pragma: no cover
    sys.exit("load with: pytest -p tests.support.reliability_report --reliability-report PATH")
