"""What pyproject.toml cannot say: the repository's top-level models/ directory ships inside the package as
`nlp._models`, beside the packages found under nlp/, so an installed wheel reads its models with
importlib.resources (nlp/models.py) and the repository keeps its layout.

The data directories under models/ are listed as packages too, only so that setuptools does not warn that
they look like packages; pyproject.toml's package-data ("**/*") is what puts their files in the wheel.
"""

from pathlib import Path

from setuptools import find_namespace_packages, setup

MODELS = Path(__file__).resolve().parent / "models"
model_dirs = sorted(p.relative_to(MODELS).parts for p in MODELS.rglob("*") if p.is_dir()
                    and "__pycache__" not in p.parts and all(part.isidentifier() for part in p.relative_to(MODELS).parts))

setup(
    packages=[*find_namespace_packages(include=["nlp", "nlp.*"], exclude=["*__pycache__*"]), "nlp._models",
              *(".".join(("nlp._models", *parts)) for parts in model_dirs)],
    package_dir={"nlp._models": "models"},
)
