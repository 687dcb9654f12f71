"""The arrows run one way: ``dare_platform`` (wiring and the shared base) knows no domain app,
and only the demo loader reads the demo data. Checked on the source, so a new import that
breaks the rule fails here before it tangles the apps."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOMAIN_APPS = ("knowledge", "search", "harmonisation", "stakeholders")
DEMO_DATA_READERS = (
    ROOT / "knowledge" / "demo",
    ROOT / "knowledge" / "management" / "commands" / "load_demo_content.py",
)


def production_modules(app: str) -> list[Path]:
    """An app's Python modules, without its tests (which may drive a real domain)."""
    return sorted(path for path in (ROOT / app).rglob("*.py") if "tests" not in path.parts)


def absolute_imports(path: Path) -> list[str]:
    """Every module ``path`` imports by absolute name, at any depth (also inside functions)."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
            names.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_the_names_are_read_from_every_kind_of_import(tmp_path):
    module = tmp_path / "sample.py"
    module.write_text(
        "import knowledge.models\n"
        "from search import engines\n"
        "from . import sibling\n"
        "def later():\n"
        "    from knowledge.demo.data import glossary\n"
    )
    assert absolute_imports(module) == [
        "knowledge.models",
        "search",
        "search.engines",
        "knowledge.demo.data",
        "knowledge.demo.data.glossary",
    ]


def test_dare_platform_imports_no_domain_app():
    offenders = [
        (str(path.relative_to(ROOT)), name)
        for path in production_modules("dare_platform")
        for name in absolute_imports(path)
        if name.split(".")[0] in DOMAIN_APPS
    ]
    assert offenders == []


def test_only_the_demo_loader_imports_demo_data():
    offenders = [
        (str(path.relative_to(ROOT)), name)
        for app in ("dare_platform", *DOMAIN_APPS)
        for path in production_modules(app)
        if not any(path == allowed or allowed in path.parents for allowed in DEMO_DATA_READERS)
        for name in absolute_imports(path)
        if name == "knowledge.demo" or name.startswith("knowledge.demo.")
    ]
    assert offenders == []
