"""The Python bundle the browser loads: complete, pure Python, deterministic."""
import io
import json
import zipfile
from pathlib import Path

from tools.sitebuild.pybundle import build_bundle, bundle_name


def test_bundle_is_deterministic_and_named_by_content():
    a, b = build_bundle(), build_bundle()
    assert a == b
    assert bundle_name(a) == bundle_name(b)
    assert bundle_name(a).startswith("formlogic-") and bundle_name(a).endswith(".zip")


def test_bundle_holds_formlogic_with_templates_and_pure_dependencies():
    names = zipfile.ZipFile(io.BytesIO(build_bundle())).namelist()
    for needed in ("formlogic/__init__.py", "formlogic/bridge.py", "formlogic/templates/draft.html.j2",
                   "formlogic/templates/form.html.j2", "jinja2/sandbox.py", "markupsafe/_native.py"):
        assert needed in names
    assert not [n for n in names if n.endswith((".so", ".pyd", ".pyc", ".c"))]


def test_built_site_has_the_manifest_and_the_files_it_names(built_site: Path):
    assets = built_site / "assets"
    manifest = json.loads((assets / "py" / "manifest.json").read_text(encoding="utf-8"))
    assert (assets / manifest["bundle"]).is_file()
    for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"):
        assert (assets / manifest["pyodide"] / name).is_file()
    assert (assets / manifest["bundle"]).read_bytes() == build_bundle()  # the site ships the current code


def test_bundle_carries_the_cross_links_from_their_one_source():
    """The werkmap shows which forms fit a step from data/kruisverwijzingen.yml, as the step pages do."""
    import yaml

    from formlogic.kruisverwijzingen import BUNDLED, SOURCE, as_json

    bundled = zipfile.ZipFile(io.BytesIO(build_bundle())).read(f"formlogic/{BUNDLED}").decode("utf-8")
    assert bundled == as_json(yaml.safe_load(SOURCE.read_text(encoding="utf-8")))
    assert json.loads(bundled)["stappen"]["3"]["formulieren"] == ["circulair-vragen", "interventiematrix", "plan-van-aanpak"]
    assert not (SOURCE.parents[1] / "src" / "formlogic" / BUNDLED).exists()  # never a second copy in the source
