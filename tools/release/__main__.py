"""make dist: the release package of the built site, in dist/.

    python -m tools.release [--site site] [--out dist]

Writes jeugdgroepen-kennisbank-<version>.zip, its CycloneDX SBOM (.cdx.json), the Dutch
installation note (INSTALLATIE.txt) and SHA256SUMS of those three. The version and date come
from tools/sitebuild/version.py; the same source and date give the same zip.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tools.release.note import installation_note
from tools.release.package import make_zip, sha256, sums_text
from tools.release.sbom import make_sbom, validate
from tools.sitebuild.version import build_date, site_version

ROOT = Path(__file__).resolve().parents[2]
NAME = "jeugdgroepen-kennisbank"


def make_dist(site: Path, out: Path, python: Path) -> list[Path]:
    """Builds the package of `site` in `out`; returns the files written."""
    info = json.loads((site / "beheer" / "versie.json").read_text(encoding="utf-8"))
    version, built = site_version(), build_date()
    if info["versie"] != version:
        raise SystemExit(f"site/ is version {info['versie']}, the source {version}: run make site first.")
    out.mkdir(parents=True, exist_ok=True)
    zip_path = out / f"{NAME}-{version}.zip"
    sbom_path = out / f"{NAME}-{version}.cdx.json"
    note_path = out / "INSTALLATIE.txt"
    make_zip(site, zip_path, built)
    sbom = make_sbom(site, version, f"{built.isoformat()}T00:00:00Z", ROOT / "build" / "sbom", python)
    if errors := validate(sbom):
        raise SystemExit("The SBOM does not validate against CycloneDX 1.6:\n" + "\n".join(errors))
    sbom_path.write_text(json.dumps(sbom, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    note_path.write_text(installation_note(version, built, zip_path.name, sbom_path.name, info["basispad"]),
                         encoding="utf-8")
    sums = out / "SHA256SUMS"
    sums.write_text(sums_text([(p.name, sha256(p)) for p in (zip_path, sbom_path, note_path)]), encoding="utf-8")
    return [zip_path, sbom_path, note_path, sums]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--site", type=Path, default=ROOT / "site")
    ap.add_argument("--out", type=Path, default=ROOT / "dist")
    args = ap.parse_args(argv)
    if not (args.site / "beheer" / "versie.json").is_file():
        print(f"No built site in {args.site}: run `make site` first.", file=sys.stderr)
        return 1
    for path in make_dist(args.site, args.out, Path(sys.executable)):
        print(f"{path.stat().st_size:>12,}  {path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
