"""Makes ``scripts/update_translations.py`` importable (a script, not a package)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
