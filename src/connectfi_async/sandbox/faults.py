"""Fault injection: what the sandbox does wrong on purpose, per route or everywhere."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Literal

Mode = Literal["drop", "delay", "error", "rate_limit"]


@dataclass
class Fault:
    """One rule.

    - ``drop``: do the work, then cut the connection instead of answering (the response is
      lost after the change was committed).
    - ``delay``: wait ``delay`` seconds before answering (the work is done first).
    - ``error``: answer ``status`` (5xx) without doing the work.
    - ``rate_limit``: answer 429 with ``Retry-After: retry_after`` without doing the work.

    It applies to ``path`` (or every operation when ``path`` is ``"*"``) with ``probability``,
    at most ``times`` times (``None``: no limit). ``seed`` makes the choice repeatable.
    """

    mode: Mode
    path: str = "*"
    probability: float = 1.0
    times: int | None = None
    status: int = 503
    delay: float = 0.0
    retry_after: float = 1.0
    seed: int | None = None
    fired: int = 0
    _random: random.Random = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # A rule set over HTTP arrives with Decimal fractions; asyncio and random need floats.
        self.probability = float(self.probability)
        self.delay = float(self.delay)
        self.retry_after = float(self.retry_after)
        self._random = random.Random(self.seed)

    def applies(self, path: str) -> bool:
        """Whether this rule fires for a request to ``path`` (and counts it when it does)."""
        if self.path not in ("*", path):
            return False
        if self.times is not None and self.fired >= self.times:
            return False
        if self.probability < 1.0 and self._random.random() >= self.probability:
            return False
        self.fired += 1
        return True


@dataclass
class Faults:
    """The active rules, tried in order; the first that fires wins."""

    rules: list[Fault] = field(default_factory=list)

    def add(self, fault: Fault) -> Fault:
        """Activate a rule."""
        self.rules.append(fault)
        return fault

    def clear(self) -> None:
        """Remove every rule."""
        self.rules.clear()

    def pick(self, path: str) -> Fault | None:
        """The rule that fires for this request, if any."""
        for rule in self.rules:
            if rule.applies(path):
                return rule
        return None
