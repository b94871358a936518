"""What the tests of the office readers share: the folder of converted fixtures, the bundled plans, the triples."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OFFICE = ROOT / "tests" / "fixtures" / "office"
PLANS = ["wuhan-2023-services-opening-plan", "wuhan-2018-internationalisation-plan"]


def triples(result):
    """(task, role, unit) of every task assignment of a load."""
    return {(a.task, a.role, a.actor) for a in result.assignments if a.target_label == "Task"}
