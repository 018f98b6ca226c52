"""A local, stateful connectFi sandbox (the ``sandbox`` extra): ``SandboxApp``."""

from .app import DEFAULT_LOGIN, DEFAULT_PASSWORD, SandboxApp
from .faults import Fault

__all__ = ["DEFAULT_LOGIN", "DEFAULT_PASSWORD", "Fault", "SandboxApp"]
