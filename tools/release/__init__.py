"""`make dist`: the release package for ICT teams (zip, sums, installation note, SBOM)."""
