"""Repository-wide pytest setup: the doctest namespace, the hypothesis profiles, and CI's rule
that no test may skip (``CREDITKIT_REQUIRE_DATA=1``: every data folder and extra is there)."""

from __future__ import annotations

import dataclasses
import os

import pytest
import torch
from hypothesis import HealthCheck, settings

import creditkit
from tests.data import data_required

# Every property runs at least 200 examples by default (CI and the README's test command).
# print_blob: a failure prints the @reproduce_failure line that replays it exactly.
settings.register_profile(
    "default", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile("quick", parent=settings.get_profile("default"), max_examples=25)
settings.register_profile("thorough", parent=settings.get_profile("default"), max_examples=2000)
settings.load_profile(os.environ.get("CREDITKIT_HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def _doctest_names(doctest_namespace: dict) -> None:
    doctest_namespace.update(torch=torch, dataclasses=dataclasses, StepBatch=creditkit.StepBatch)
    for name in creditkit.__all__:
        doctest_namespace[name] = getattr(creditkit, name)


def _fail_skips(report: pytest.TestReport | pytest.CollectReport) -> None:
    """Under ``CREDITKIT_REQUIRE_DATA=1`` a skip is a failure: CI has every data folder and
    every extra, so a test that skips there hides a missing install step or data folder."""
    if data_required() and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[-1] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"CREDITKIT_REQUIRE_DATA=1, and no test may skip then: {reason}"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> object:
    outcome = yield
    _fail_skips(outcome.get_result())


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> object:
    outcome = yield
    _fail_skips(outcome.get_result())
