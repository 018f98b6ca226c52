"""The import graph of src/ has no cycle: every arrow points down.

Read with ``ast`` from every module under src/connectfi_async (nothing is imported). Every
import counts wherever it is written: at module level, inside a function (a lazy import is
still a dependency, only a later one) and under ``if TYPE_CHECKING:`` (an annotation-only
import still says which layer knows which). Relative imports are resolved against the
importing module's package. An import names the module it loads (``from .x import y`` is an
edge to ``x``, or to ``x.y`` when that is a module itself); the parent packages Python
initialises on the way are not edges, since every module would then depend on the package's
``__init__`` that re-exports it.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = "connectfi_async"


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted((SRC / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")
                    base = base[: len(base) - (node.level - 1)]
                    origin = ".".join(base + ([node.module] if node.module else []))
                else:
                    origin = node.module or ""
                for alias in node.names:
                    sub = f"{origin}.{alias.name}"
                    targets.append(sub if sub in modules else origin)
            for target in targets:
                if target in modules and target != name:
                    graph[name].add(target)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_src_has_no_import_cycle() -> None:
    cycle = _cycle(_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_generated_code_imports_nothing_above_it() -> None:
    graph = _graph()
    generated = f"{PACKAGE}._generated"
    below = {
        f"{PACKAGE}._operations",
        f"{PACKAGE}._config",
        f"{PACKAGE}._json",
        f"{PACKAGE}._codec",  # what the generated codecs share (standard library only)
        f"{PACKAGE}._violation",
    }
    for name, targets in graph.items():
        if name.startswith(generated):
            above = {t for t in targets if not t.startswith(generated) and t not in below}
            assert not above, f"{name} imports {sorted(above)}"


def test_the_graph_reader_sees_the_known_edges() -> None:
    graph = _graph()
    assert f"{PACKAGE}._engine" in graph[f"{PACKAGE}._client"]
    assert f"{PACKAGE}._generated.operations" in graph[f"{PACKAGE}._generated.sdk_ibis"]
    # A lazy import inside a function counts.
    assert f"{PACKAGE}._generated.sdk_ibis" in graph[f"{PACKAGE}._generated.sdk"]


def test_generated_code_silences_no_type_checker() -> None:
    """``_generated/`` passes ``mypy --strict`` (pyproject) with no ``type: ignore`` in it."""
    generated = SRC / PACKAGE / "_generated"
    ignored = [
        f"{path.relative_to(generated)}:{number}"
        for path in sorted(generated.rglob("*.py"))
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if "type: ignore" in line
    ]
    assert ignored == []


def test_generated_modules_import_only_what_they_use() -> None:
    """A namespace module imports the models of its own operations, not all of them."""
    user = (SRC / PACKAGE / "_generated" / "sdk_user.py").read_text()
    assert user.count("from .models.") == 2  # the body and the data of change_password
