"""The module dependency direction of DESIGN §2, and an instant, offline ``import rag``."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

RAG = Path(__file__).resolve().parent.parent / "rag"

LAYERS = {
    "schema": 0, "config": 0, "errors": 0, "offline": 0, "text": 0, "caching": 0,
    "loading": 1, "segmenting": 1, "embedding": 1, "ranking": 1, "people": 1, "comparing": 1, "messages": 1,
    "indexing": 2, "counting": 2, "retrieval": 3, "answering": 4, "chat": 5,
    "ui": 6, "cli": 6, "evaluation": 6,
}  # fmt: skip
"""Lower layers never import higher ones; same-layer imports are allowed only as listed below."""

ALLOWED_SAME_LAYER = {("cli", "evaluation"), ("cli", "ui"), ("ui", "evaluation"), ("loading", "segmenting")}


def rag_imports(path: Path) -> set[str]:
    """Names of the ``rag.*`` modules a file imports (at any depth, including inside functions)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("rag."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("rag."))
    return found


def test_every_module_has_a_layer() -> None:
    modules = {p.stem for p in RAG.glob("*.py")} - {"__init__", "__main__"}
    assert modules <= set(LAYERS), f"give {modules - set(LAYERS)} a layer"


def test_dependencies_point_one_way() -> None:
    wrong = []
    for path in RAG.glob("*.py"):
        if path.stem in {"__init__", "__main__"}:
            continue
        for imported in rag_imports(path):
            if imported == path.stem or imported in {"offline"}:
                continue
            upward = LAYERS[imported] > LAYERS[path.stem]
            sideways = (
                LAYERS[imported] == LAYERS[path.stem] and (path.stem, imported) not in ALLOWED_SAME_LAYER
            )
            if upward or sideways:
                wrong.append(f"{path.stem} imports {imported}")
    assert wrong == []


def test_only_ui_imports_gradio() -> None:
    importers = [
        p.stem
        for p in RAG.glob("*.py")
        if any(
            isinstance(n, ast.Import | ast.ImportFrom)
            and any(
                (getattr(n, "module", None) or "").startswith("gradio") or a.name.startswith("gradio")
                for a in n.names
            )
            for n in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
        )
    ]
    assert importers == ["ui"]


def test_import_is_light_and_sets_offline_switches() -> None:
    code = (
        "import sys, os, rag, rag.chat, rag.cli\n"
        "names = ('torch', 'sentence_transformers', 'gradio', 'chromadb', 'matplotlib')\n"
        "heavy = [m for m in names if m in sys.modules]\n"
        "keys = ('HF_HUB_OFFLINE', 'ANONYMIZED_TELEMETRY', 'GRADIO_ANALYTICS_ENABLED')\n"
        "env = [os.environ[k] for k in keys]\n"
        "print(heavy, *env)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[] 1 False False"
