"""Repository-wide pytest setup: the doctest namespace and the hypothesis profiles."""

from __future__ import annotations

import dataclasses
import os

import pytest
import torch
from hypothesis import HealthCheck, settings

import creditkit

# Every property runs at least 200 examples by default (CI and the README's test command).
settings.register_profile(
    "default", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("quick", parent=settings.get_profile("default"), max_examples=25)
settings.register_profile("thorough", parent=settings.get_profile("default"), max_examples=2000)
settings.load_profile(os.environ.get("CREDITKIT_HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def _doctest_names(doctest_namespace: dict) -> None:
    doctest_namespace.update(torch=torch, dataclasses=dataclasses, StepBatch=creditkit.StepBatch)
    for name in creditkit.__all__:
        doctest_namespace[name] = getattr(creditkit, name)
