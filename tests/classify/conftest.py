"""Fixtures for the classifier tests: a small real model fitted once on a few shipped releases."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def small_releases():
    from nlp.annotations import load_dataset

    releases = load_dataset()
    # A fixed, mixed slice: both styles, every label present.
    tidy = [r for r in releases if r.style != "real-voice"][:14]
    voice = [r for r in releases if r.style == "real-voice"][:14]
    return tidy + voice


@pytest.fixture(scope="session")
def small_model(small_releases):
    from nlp.classify import train_classifier

    return train_classifier(small_releases, seed=0)
